//! A static file server on 127.0.0.1 that hosts a `dist/` under a sub-path, as a
//! static host would: no rewrites, no fallbacks, correct MIME types.

use std::path::{Component, Path, PathBuf};
use std::sync::{Arc, Condvar, Mutex};
use std::thread::JoinHandle;

pub struct StaticServer {
    base: String,
    server: Arc<tiny_http::Server>,
    requests: Arc<Mutex<Vec<String>>>,
    held: Arc<Held>,
    thread: Option<JoinHandle<()>>,
}

/// Requests whose path contains `pattern` wait until it is cleared: a slow
/// network for the files a test names.
#[derive(Default)]
struct Held {
    pattern: Mutex<Option<String>>,
    released: Condvar,
}

impl StaticServer {
    /// Serves `root` at `http://127.0.0.1:<free port><prefix>`; `prefix` starts and
    /// ends with `/` (e.g. `/demo/`).
    pub fn start(root: &Path, prefix: &str) -> StaticServer {
        assert!(
            prefix.starts_with('/') && prefix.ends_with('/'),
            "prefix must look like /demo/"
        );
        let server = Arc::new(tiny_http::Server::http("127.0.0.1:0").expect("bind 127.0.0.1:0"));
        let port = server.server_addr().to_ip().expect("an IP listener").port();
        let requests = Arc::new(Mutex::new(Vec::new()));
        let held = Arc::new(Held::default());
        let thread = {
            let (server, requests, held) = (server.clone(), requests.clone(), held.clone());
            let (root, prefix) = (root.to_path_buf(), prefix.to_string());
            std::thread::spawn(move || {
                for request in server.incoming_requests() {
                    requests.lock().unwrap().push(request.url().to_string());
                    let response = respond(&root, &prefix, request.url());
                    let waits = held
                        .pattern
                        .lock()
                        .unwrap()
                        .as_deref()
                        .is_some_and(|p| request.url().contains(p));
                    if waits {
                        let held = held.clone();
                        std::thread::spawn(move || {
                            let mut pattern = held.pattern.lock().unwrap();
                            while pattern.is_some() {
                                pattern = held.released.wait(pattern).unwrap();
                            }
                            drop(pattern);
                            let _ = request.respond(response);
                        });
                    } else {
                        let _ = request.respond(response);
                    }
                }
            })
        };
        StaticServer {
            base: format!("http://127.0.0.1:{port}{prefix}"),
            server,
            requests,
            held,
            thread: Some(thread),
        }
    }

    /// Holds back every later request whose path contains `pattern` until
    /// [`StaticServer::release`].
    pub fn hold(&self, pattern: &str) {
        *self.held.pattern.lock().unwrap() = Some(pattern.to_string());
    }

    /// Answers the held requests, and the later ones at once.
    pub fn release(&self) {
        *self.held.pattern.lock().unwrap() = None;
        self.held.released.notify_all();
    }

    /// The URL of the hosted folder, ending in `/`.
    pub fn base(&self) -> &str {
        &self.base
    }

    /// Every URL requested so far (path and query), in order.
    pub fn requests(&self) -> Vec<String> {
        self.requests.lock().unwrap().clone()
    }
}

impl Drop for StaticServer {
    fn drop(&mut self) {
        self.release();
        self.server.unblock();
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

type Response = tiny_http::Response<std::io::Cursor<Vec<u8>>>;

fn respond(root: &Path, prefix: &str, url: &str) -> Response {
    let path = url.split(['?', '#']).next().unwrap_or("");
    let Some(relative) = path.strip_prefix(prefix) else {
        return status(404, "outside the hosted prefix");
    };
    let Some(file) = safe_join(root, relative) else {
        return status(400, "bad path");
    };
    let file = if file.is_dir() {
        file.join("index.html")
    } else {
        file
    };
    match std::fs::read(&file) {
        Ok(bytes) => {
            let content_type =
                tiny_http::Header::from_bytes("Content-Type", mime(&file)).expect("a valid header");
            tiny_http::Response::from_data(bytes).with_header(content_type)
        }
        Err(_) => status(404, "not found"),
    }
}

/// `root/relative`, refusing anything that climbs out of `root`.
fn safe_join(root: &Path, relative: &str) -> Option<PathBuf> {
    let decoded = percent_decode(relative)?;
    let mut path = root.to_path_buf();
    for component in Path::new(&decoded).components() {
        match component {
            Component::Normal(part) => path.push(part),
            Component::CurDir => {}
            _ => return None,
        }
    }
    Some(path)
}

fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

fn mime(file: &Path) -> &'static str {
    match file.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "json" => "application/json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

fn status(code: u16, message: &str) -> Response {
    tiny_http::Response::from_data(message.as_bytes().to_vec()).with_status_code(code)
}
