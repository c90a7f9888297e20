mod article_list;
mod facets;
mod highlight;
mod notices;
mod reader;
mod results;
mod search;
mod source_page;
mod tabs;

pub use article_list::ArticleList;
pub use facets::Facets;
pub use notices::Notices;
pub use reader::Reader;
pub use results::ResultList;
pub use search::Search;
pub use source_page::SourcePage;
pub use tabs::Tabs;
