//! The release build (`trunk build --release --offline`).

use crate::util::{Result, cmd, run, step};

/// Builds the release into `dist/`.
pub fn build_release() -> Result {
    step("Release build (trunk build --release --offline)");
    run(cmd("trunk").args(["build", "--release", "--offline"]))
}
