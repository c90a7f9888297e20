use claimscope_url_state::Notice;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NoticesProps {
    pub notices: Vec<Notice>,
}

/// What the app ignored in the link, said plainly; the rest of the page still works.
#[component]
pub fn Notices(props: &NoticesProps) -> Html {
    if props.notices.is_empty() {
        return html! {};
    }
    html! {
        <section class="notices" role="status" aria-label="Problems with this link">
            <ul>
                { for props.notices.iter().map(|n| html! {
                    <li class="notice" data-param={n.param.clone()}>
                        <code>{ &n.param }</code>{ ": " }{ &n.message }
                    </li>
                }) }
            </ul>
        </section>
    }
}
