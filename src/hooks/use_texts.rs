//! Fetches the article texts from the static files beside the app
//! (`texts/`, written by the build) as views need them.
//!
//! A view that needs a few articles (a page of results, one article in the
//! reader) gets the shards that hold them; one that needs them all (a search,
//! an export), or many shards, gets the file of every text (`Meta::files_for`).
//! Once a view is on screen, that file is fetched in the background, so a
//! search finds its texts already there. Every arrival is handed to the state
//! as a new bundle; a failure, as a notice.

use crate::shared::Shared;
use crate::state::{Action, Need};
use claimscope_bundle::{Meta, Texts};
use std::cell::RefCell;
use std::collections::HashSet;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

struct Loader {
    /// What has arrived (from the start, the texts embedded with the metadata),
    /// until all of it has: then the bundle holds every text, and this none.
    texts: Texts,
    complete: bool,
    /// Files asked for (arrived, in flight or failed): each is fetched once.
    asked: HashSet<String>,
}

/// Keeps the texts `need` asks for coming; `ready` says the view is shown, so
/// the rest may follow in the background.
#[hook]
pub fn use_texts(meta: Shared<Meta>, need: Need, ready: bool, dispatch: Callback<Action>) {
    let loader = {
        let meta = meta.clone();
        use_mut_ref(move || Loader {
            texts: meta.texts(),
            complete: false,
            asked: HashSet::new(),
        })
    };
    use_effect_with((need, ready), move |(need, ready)| {
        if loader.borrow().complete {
            return;
        }
        let files = files_for(&meta, need, &loader.borrow().texts);
        fetch(&meta, &loader, files, dispatch.clone());
        if *ready {
            let everything = files_for(&meta, &Need::Everything, &loader.borrow().texts);
            let (meta, loader) = (meta.clone(), loader.clone());
            // After the view is painted: the first results come before the rest.
            super::after_next_paint(move || fetch(&meta, &loader, everything, dispatch));
        }
    });
}

/// The files that bring in what `need` asks for and `texts` lacks.
fn files_for(meta: &Meta, need: &Need, texts: &Texts) -> Vec<String> {
    match need {
        Need::Everything => meta.files_for(texts, None),
        Need::Articles(list) => meta.files_for(texts, Some(list)),
    }
}

/// Fetches the files not asked for yet, all at once, and hands the state one
/// bundle when they are in.
fn fetch(
    meta: &Shared<Meta>,
    loader: &Rc<RefCell<Loader>>,
    files: Vec<String>,
    dispatch: Callback<Action>,
) {
    let files: Vec<String> = {
        let mut l = loader.borrow_mut();
        files
            .into_iter()
            .filter(|f| l.asked.insert(f.clone()))
            .collect()
    };
    if files.is_empty() {
        return;
    }
    let (meta, loader) = (meta.clone(), loader.clone());
    wasm_bindgen_futures::spawn_local(async move {
        // Every request starts before the first is awaited.
        let requests: Vec<_> = files.iter().map(|f| (f.clone(), request(f))).collect();
        let mut arrived = Vec::new();
        for (name, response) in requests {
            match read(&name, response).await {
                Ok(bytes) => arrived.push((name, bytes)),
                Err(why) => {
                    dispatch.emit(Action::TextsFailed(why));
                    return;
                }
            }
        }
        // (The borrow ends before anything is dispatched: the state's render
        // runs this hook's effect, which borrows the loader again.)
        let bundle = {
            let mut l = loader.borrow_mut();
            if l.complete {
                // The file of every text came first: this shard adds nothing.
                return;
            }
            let texts = &mut l.texts;
            let bundle = arrived
                .iter()
                .try_for_each(|(name, bytes)| texts.add(name, bytes))
                .and_then(|()| meta.assemble(texts));
            if texts.is_complete() && bundle.is_ok() {
                // The bundle has them all now; a second copy would only cost memory.
                l.texts = Texts::default();
                l.complete = true;
            }
            bundle
        };
        match bundle {
            Ok(bundle) => dispatch.emit(Action::Texts(Shared::new(bundle))),
            Err(e) => dispatch.emit(Action::TextsFailed(e.to_string())),
        }
    });
}

fn request(name: &str) -> Option<js_sys::Promise> {
    Some(web_sys::window()?.fetch_with_str(&format!("texts/{name}")))
}

async fn read(name: &str, request: Option<js_sys::Promise>) -> Result<Vec<u8>, String> {
    let failed = |what: &str| format!("texts/{name}: {what}");
    let response: web_sys::Response = JsFuture::from(request.ok_or_else(|| failed("no window"))?)
        .await
        .map_err(|_| failed("the request failed"))?
        .dyn_into()
        .map_err(|_| failed("not a response"))?;
    if !response.ok() {
        return Err(failed(&format!("HTTP {}", response.status())));
    }
    let buffer = response.array_buffer().map_err(|_| failed("unreadable"))?;
    let buffer = JsFuture::from(buffer)
        .await
        .map_err(|_| failed("the download broke off"))?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}
