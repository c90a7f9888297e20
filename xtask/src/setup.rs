//! Installs what the build and the tests need, once, and finds it afterwards.
//!
//! Tool versions are pinned here and in Trunk.toml; wasm-bindgen's comes from
//! Cargo.lock because the CLI must equal the library exactly.

use crate::{root, run};
use std::ffi::OsString;
use std::path::PathBuf;
use std::process::Command;

const TRUNK_VERSION: &str = "0.21.14";
/// npm's binaryen ships a wasm-opt that reads current rustc output (Debian's does not).
const BINARYEN_VERSION: &str = "132";
const WASM_TARGET: &str = "wasm32-unknown-unknown";
/// The accessibility checker the end-to-end tests inject into every view.
const AXE_VERSION: &str = "4.10.3";
/// The benchmark's peer search engine.
const MINISEARCH_VERSION: &str = "7.2.0";
/// Runs the fuzz targets (fuzz/) on nightly.
const CARGO_FUZZ_VERSION: &str = "0.13.2";

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Need {
    /// `trunk serve`: trunk and wasm-bindgen.
    Debug,
    /// A release build: also wasm-opt.
    Release,
    /// The tests: also Chromium and ChromeDriver.
    Everything,
}

/// Where the installed tools are: a PATH to run them with.
pub struct Tools {
    path: OsString,
}

impl Tools {
    pub fn ensure(need: Need) -> Result<Tools, String> {
        let mut dirs = vec![cargo_bin_dir(), binaryen_dir().join("node_modules/.bin")];
        dirs.extend(std::env::split_paths(
            &std::env::var_os("PATH").unwrap_or_default(),
        ));
        let tools = Tools {
            path: std::env::join_paths(dirs).map_err(|e| e.to_string())?,
        };
        tools.ensure_wasm_target()?;
        tools.ensure_trunk()?;
        tools.ensure_wasm_bindgen()?;
        if need >= Need::Release {
            tools.ensure_wasm_opt()?;
        }
        if need >= Need::Everything {
            tools.ensure_chromium()?;
            tools.ensure_axe()?;
            tools.ensure_cargo_fuzz()?;
        }
        // trunk runs cargo offline (Trunk.toml), so every crate must be here first.
        run(tools.command("cargo").args(["fetch", "--locked"]))?;
        Ok(tools)
    }

    /// A command that finds the installed tools first.
    pub fn command(&self, program: &str) -> Command {
        let mut command = Command::new(program);
        command.env("PATH", &self.path);
        command
    }

    /// The first line a tool prints for `args`, or None when it is not there.
    fn output(&self, program: &str, args: &[&str]) -> Option<String> {
        let out = self.command(program).args(args).output().ok()?;
        out.status
            .success()
            .then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
    }

    fn ensure_wasm_target(&self) -> Result<(), String> {
        let installed = self
            .output("rustup", &["target", "list", "--installed"])
            .ok_or("rustup is missing: install Rust with rustup (https://rustup.rs)")?;
        if installed.lines().any(|l| l.trim() == WASM_TARGET) {
            return Ok(());
        }
        println!("xtask: installing the {WASM_TARGET} target");
        run(self.command("rustup").args(["target", "add", WASM_TARGET]))
    }

    fn ensure_trunk(&self) -> Result<(), String> {
        self.cargo_install(
            "trunk",
            TRUNK_VERSION,
            ("trunk", &["--version"]),
            "about 13 minutes on 2 cores",
        )
    }

    /// `cargo install --locked crate@version` unless `probe` already prints
    /// "<crate> <version>".
    fn cargo_install(
        &self,
        krate: &str,
        version: &str,
        probe: (&str, &[&str]),
        how_long: &str,
    ) -> Result<(), String> {
        if self.output(probe.0, probe.1).as_deref() == Some(&format!("{krate} {version}")) {
            return Ok(());
        }
        println!("xtask: installing {krate} {version} ({how_long}, once)");
        run(self
            .command("cargo")
            .args(["install", krate, "--version", version, "--locked"]))
    }

    fn ensure_wasm_bindgen(&self) -> Result<(), String> {
        let version = locked_version("wasm-bindgen")?;
        check_trunk_pin("wasm_bindgen", &version)?;
        if self.output("wasm-bindgen", &["--version"]).as_deref()
            == Some(&format!("wasm-bindgen {version}"))
        {
            return Ok(());
        }
        println!("xtask: installing wasm-bindgen-cli {version} (a few minutes, once)");
        // Not --locked: its lock file names a webpki-roots the registry no longer has.
        run(self.command("cargo").args([
            "install",
            "wasm-bindgen-cli",
            "--version",
            &format!("={version}"),
        ]))
    }

    fn ensure_wasm_opt(&self) -> Result<(), String> {
        check_trunk_pin("wasm_opt", &format!("version_{BINARYEN_VERSION}"))?;
        let wanted = format!("version {BINARYEN_VERSION} ");
        if self
            .output("wasm-opt", &["--version"])
            .is_some_and(|v| v.contains(&wanted))
        {
            return Ok(());
        }
        if self.output("npm", &["--version"]).is_none() {
            return Err(missing_packages(
                "nodejs npm",
                "npm installs binaryen's wasm-opt",
            ));
        }
        self.npm_install("binaryen", BINARYEN_VERSION)
    }

    /// `npm install package@version` into its own folder outside the checkout.
    fn npm_install(&self, package: &str, version: &str) -> Result<(), String> {
        let dir = npm_dir(package, version);
        println!(
            "xtask: installing {package} {version} from npm into {}",
            dir.display()
        );
        std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        run(self
            .command("npm")
            .args(["install", "--no-audit", "--no-fund", "--prefix"])
            .arg(&dir)
            .arg(format!("{package}@{version}")))
    }

    /// cargo-fuzz and the nightly toolchain it builds with (libFuzzer needs
    /// the sanitizer flags only nightly accepts).
    fn ensure_cargo_fuzz(&self) -> Result<(), String> {
        let nightly = self
            .output("rustup", &["toolchain", "list"])
            .is_some_and(|list| list.lines().any(|l| l.starts_with("nightly")));
        if !nightly {
            return Err(
                "the fuzz targets need a nightly toolchain: rustup toolchain install nightly"
                    .into(),
            );
        }
        self.cargo_install(
            "cargo-fuzz",
            CARGO_FUZZ_VERSION,
            ("cargo", &["fuzz", "--version"]),
            "about 3 minutes",
        )
    }

    fn ensure_axe(&self) -> Result<(), String> {
        if axe_script().is_file() {
            return Ok(());
        }
        self.npm_install("axe-core", AXE_VERSION)
    }

    /// MiniSearch's browser build, for the benchmark's peer page.
    pub fn ensure_minisearch(&self) -> Result<PathBuf, String> {
        let script = npm_dir("minisearch", MINISEARCH_VERSION)
            .join("node_modules/minisearch/dist/umd/index.js");
        if !script.is_file() {
            self.npm_install("minisearch", MINISEARCH_VERSION)?;
        }
        if script.is_file() {
            Ok(script)
        } else {
            Err(format!(
                "npm installed minisearch but {} is missing",
                script.display()
            ))
        }
    }

    fn ensure_chromium(&self) -> Result<(), String> {
        let have = |p: &str| self.output(p, &["--version"]).is_some();
        if have("chromium") && have("chromedriver") {
            return Ok(());
        }
        let packages = "chromium chromium-driver";
        if !is_root() {
            return Err(missing_packages(
                packages,
                "the end-to-end tests drive Chromium",
            ));
        }
        println!("xtask: installing {packages} from apt");
        run(self.command("apt-get").args(["update", "-q"]))?;
        run(self
            .command("apt-get")
            .args([
                "install",
                "-y",
                "-q",
                "--no-install-recommends",
                "chromium",
                "chromium-driver",
            ])
            .env("DEBIAN_FRONTEND", "noninteractive"))
    }
}

fn missing_packages(packages: &str, why: &str) -> String {
    format!("{why}, but it is not installed and this is not root: run `sudo apt-get install {packages}` and try again")
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| o.stdout.trim_ascii() == b"0")
}

fn cargo_bin_dir() -> PathBuf {
    std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
        .unwrap_or_default()
        .join("bin")
}

/// Outside the checkout, so a fresh clone on the same machine finds it installed.
fn npm_dir(package: &str, version: &str) -> PathBuf {
    let data = std::env::var_os("XDG_DATA_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/share")))
        .unwrap_or_else(std::env::temp_dir);
    data.join(format!("claimscope/{package}-{version}"))
}

fn binaryen_dir() -> PathBuf {
    npm_dir("binaryen", BINARYEN_VERSION)
}

/// axe-core's browser build, which the end-to-end tests inject (`CLAIMSCOPE_AXE`).
pub fn axe_script() -> PathBuf {
    npm_dir("axe-core", AXE_VERSION).join("node_modules/axe-core/axe.min.js")
}

/// The version of `package` in Cargo.lock.
fn locked_version(package: &str) -> Result<String, String> {
    let lock = std::fs::read_to_string(root().join("Cargo.lock"))
        .map_err(|e| format!("Cargo.lock: {e}"))?;
    let needle = format!("name = \"{package}\"\nversion = \"");
    let start = lock
        .find(&needle)
        .ok_or(format!("Cargo.lock has no {package}"))?
        + needle.len();
    let end = lock[start..].find('"').ok_or("Cargo.lock is malformed")? + start;
    Ok(lock[start..end].to_string())
}

/// Trunk.toml must pin the same version the xtask installs, or trunk would try to
/// download another one (and fail offline).
fn check_trunk_pin(key: &str, version: &str) -> Result<(), String> {
    let trunk_toml = std::fs::read_to_string(root().join("Trunk.toml"))
        .map_err(|e| format!("Trunk.toml: {e}"))?;
    let line = format!("{key} = \"{version}\"");
    if trunk_toml.lines().any(|l| l.trim() == line) {
        Ok(())
    } else {
        Err(format!(
            "Trunk.toml [tools] must say `{line}` (the version this build uses)"
        ))
    }
}
