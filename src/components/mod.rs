mod article_list;
mod notices;
mod reader;

pub use article_list::ArticleList;
pub use notices::Notices;
pub use reader::Reader;
