use crate::shared::Shared;
use claimscope_bundle::Bundle;
use claimscope_explore::{export::subset, ItemKind, Results};
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ExportProps {
    pub data: Shared<Bundle>,
    pub kind: ItemKind,
    pub results: Shared<Results>,
}

/// Download what the list shows (CSV or JSON, the CLI's export shape) and copy
/// the link that reproduces it.
#[component]
pub fn Export(props: &ExportProps) -> Html {
    let status = use_state(String::new);
    // A download asked for before every text is here waits for them (the app
    // fetches them in the background) and then goes ahead.
    let waiting = use_state(|| None::<&'static str>);
    let name = match props.kind {
        ItemKind::Quote => "quotes",
        ItemKind::Claim => "claims",
        ItemKind::Source => "sources",
        ItemKind::Article => "articles",
    };
    let save = {
        let data = props.data.clone();
        let kind = props.kind;
        let results = props.results.clone();
        let status = status.clone();
        move |format: &'static str| {
            let catalog = subset(&data.catalog, kind, &results.items);
            let (content, mime) = match format {
                "csv" => (
                    claimscope_model::csv::write(&catalog),
                    "text/csv;charset=utf-8",
                ),
                _ => match serde_json::to_string_pretty(&catalog) {
                    Ok(json) => (json, "application/json"),
                    // Writing the model's types to a string fails only on a
                    // map key that is not a string, which the model has none
                    // of; the error's own text is not shown because
                    // formatting it links serde_json's parser messages and
                    // std's I/O error table into the bundle (about 4 KB).
                    Err(_) => {
                        status.set("Export failed: the list could not be written as JSON".into());
                        return;
                    }
                },
            };
            let file = format!("claimscope-{name}.{format}");
            status.set(match download(&file, mime, &content) {
                Ok(()) => format!("Saved {file}"),
                Err(message) => format!("Export failed: {message}"),
            });
        }
    };
    {
        let save = save.clone();
        let waiting = waiting.clone();
        use_effect_with(
            (props.data.is_complete(), *waiting),
            move |&(complete, format)| {
                if let (true, Some(format)) = (complete, format) {
                    waiting.set(None);
                    save(format);
                }
            },
        );
    }
    let ask = |format: &'static str| {
        let complete = props.data.is_complete();
        let save = save.clone();
        let waiting = waiting.clone();
        let status = status.clone();
        Callback::from(move |_: MouseEvent| {
            if complete {
                save(format);
            } else {
                status.set("Waiting for the article texts…".into());
                waiting.set(Some(format));
            }
        })
    };
    let copy = {
        let status = status.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(window) = web_sys::window() else {
                return;
            };
            let href = window.location().href().unwrap_or_default();
            let _ = window.navigator().clipboard().write_text(&href);
            status.set("Link copied".into());
        })
    };
    html! {
        <div class="export" role="group" aria-label="Share and export">
            <button type="button" class="copy-link" onclick={copy}>{ "Copy link" }</button>
            <button type="button" class="export-csv" onclick={ask("csv")}>{ "Download CSV" }</button>
            <button type="button" class="export-json" onclick={ask("json")}>{ "Download JSON" }</button>
            <span class="status" role="status" aria-live="polite">{ (*status).clone() }</span>
        </div>
    }
}

/// Saves `content` as a file through a temporary object URL.
fn download(file: &str, mime: &str, content: &str) -> Result<(), String> {
    let parts = js_sys_array(content);
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| "the browser refused to build the file".to_string())?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)
        .map_err(|_| "the browser refused a download link".to_string())?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let link: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|_| "cannot create a link")?
        .dyn_into()
        .map_err(|_| "not a link")?;
    link.set_href(&url);
    link.set_download(file);
    link.click();
    // Not revoked: revoking at once can cancel the download, and the file is
    // small; the page's unload frees it.
    Ok(())
}

fn js_sys_array(content: &str) -> wasm_bindgen::JsValue {
    let array = js_sys::Array::new();
    array.push(&wasm_bindgen::JsValue::from_str(content));
    array.into()
}
