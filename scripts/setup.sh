# Installs what building and testing the page need, and only what is
# missing, so that the second run takes seconds. Sourced by scripts/serve,
# scripts/test and bench/run; `ensure_chromium` adds the browser the tests
# and the benchmark drive, `ensure_other_engines` WebKit and Firefox.
#
# Tools the project pins go to a cache folder shared by every checkout,
# never over the user's own installs. Trunk and the wasm-bindgen CLI only
# run at build time, on small inputs, so they are built without
# optimisation (and Trunk without the TLS and update check its offline
# builds never use): about 3 minutes on 2 cores instead of 10 or more.

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS="${XDG_CACHE_HOME:-$HOME/.cache}/whatsapp-backup-helper/tools"
TRUNK_VERSION="0.21.14" # trunk 0.22 needs a newer Rust than stable
# The wasm-bindgen CLI must equal the crate's version exactly; Trunk.toml pins both.
WASM_BINDGEN_VERSION="$(sed -n 's/^wasm_bindgen = "\(.*\)"/\1/p' "$ROOT/Trunk.toml")"

export PATH="$ROOT/node_modules/.bin:$TOOLS/bin:$HOME/.cargo/bin:$PATH"
export DEBIAN_FRONTEND=noninteractive

say() {
  if [ -t 1 ]; then printf '\033[1m==> %s\033[0m\n' "$*"; else printf '==> %s\n' "$*"; fi
}

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"
  elif command -v sudo >/dev/null; then sudo "$@"
  else echo "Please run as root, or install: ${*: -1}" >&2; return 1
  fi
}

APT_UPDATED=""
apt_install() {
  if [ -z "$APT_UPDATED" ]; then
    say "Updating Debian's package lists"
    as_root apt-get update -qq
    APT_UPDATED=1
  fi
  say "Installing $* from Debian's packages"
  as_root apt-get install -y -qq "$@" >/dev/null
}

ensure_wasm_target() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "Adding Rust's wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
}

# ensure_cargo_tool CRATE VERSION BINARY [cargo install flags…]
ensure_cargo_tool() {
  local crate="$1" version="$2" binary="$3"
  shift 3
  if ! "$TOOLS/bin/$binary" --version 2>/dev/null | grep -qF " $version"; then
    say "Installing $crate $version (first time only: a few minutes)"
    cargo install --quiet "$crate" --version "$version" --root "$TOOLS" "$@"
  fi
}

ensure_node() {
  if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    apt_install nodejs npm
  fi
}

ensure_npm_packages() {
  # npm ci again only when the lock file has changed since the last install.
  if [ ! -f "$ROOT/node_modules/.package-lock.json" ] ||
    [ "$ROOT/package-lock.json" -nt "$ROOT/node_modules/.package-lock.json" ]; then
    say "Installing npm packages (wasm-opt, esbuild, the browser driver, axe-core)"
    (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

ensure_chromium() {
  if [ ! -x /usr/bin/chromium ]; then
    apt_install chromium
  fi
}

# WebKit (Safari's engine: WebKitGTK's MiniBrowser and its WebDriver, on a
# virtual display, as it has no headless mode) and Firefox ESR, for the
# flows the test command checks in every engine (tests/engines/).
ensure_other_engines() {
  local missing=()
  command -v WebKitWebDriver >/dev/null || missing+=(webkit2gtk-driver)
  command -v xvfb-run >/dev/null || missing+=(xvfb xauth)
  command -v firefox-esr >/dev/null || missing+=(firefox-esr)
  if [ ${#missing[@]} -gt 0 ]; then
    apt_install "${missing[@]}"
  fi
}

ensure_build_tools() {
  ensure_wasm_target
  ensure_node
  ensure_npm_packages
  ensure_cargo_tool trunk "$TRUNK_VERSION" trunk --locked --debug --no-default-features
  # Not --locked: a version locked in the CLI's own lock file is gone from crates.io.
  ensure_cargo_tool wasm-bindgen-cli "$WASM_BINDGEN_VERSION" wasm-bindgen --debug
}

# The wasm is about 15 KB (brotli) smaller when the nightly toolchain that
# comes beside stable builds it: std rebuilt with the page's own size
# settings, a panic a plain trap (the crash notice still shows: a trap is
# what the loader watches for), and no Debug formatting or panic
# locations, which only a developer's console would show. Everything else
# builds with stable (tools/page-builder/pre-render). Where the nightly or
# one of these settings is missing, the wasm builds with stable too, a
# little larger; WASM_TOOLCHAIN=stable asks for that build.
NIGHTLY_WASM=(
  RUSTUP_TOOLCHAIN=nightly
  CARGO_UNSTABLE_BUILD_STD=std,panic_abort
  CARGO_UNSTABLE_PANIC_IMMEDIATE_ABORT=true
  CARGO_PROFILE_RELEASE_PANIC=immediate-abort
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zfmt-debug=none -Zlocation-detail=none"
)

# Whether the nightly can build the small wasm: its std's source, and the
# crates std is built from fetched now, as the build itself is offline.
nightly_wasm_ready() {
  [ "${WASM_TOOLCHAIN:-nightly}" = nightly ] || return 1
  # Whole outputs, not piped to grep -q: with pipefail its early exit fails the pipe.
  [[ "$(rustup run nightly rustc -Z help 2>/dev/null)" == *location-detail* ]] || return 1
  [[ "$(rustup run nightly cargo -Z help 2>/dev/null)" == *panic-immediate-abort* ]] || return 1
  [[ "$(rustup component list --installed --toolchain nightly 2>/dev/null)" == *rust-src* ]] ||
    rustup component add rust-src --toolchain nightly >/dev/null 2>&1 || return 1
  (cd "$ROOT" && env "${NIGHTLY_WASM[@]}" cargo fetch --quiet --target wasm32-unknown-unknown) 2>/dev/null
}

# One page per language in content/languages.toml: the first is dist/index.html,
# each other dist/<tag in lower case>/index.html, each built with its own guide,
# the wasm built by the command's prefix given (`env` and its settings).
build_languages() {
  local tags tag
  mapfile -t tags < <(grep '^languages' "$ROOT/content/languages.toml" | grep -o '"[^"]*"' | tr -d '"')
  for tag in "${tags[@]}"; do
    local dist="dist"
    [ "$tag" = "${tags[0]}" ] || dist="dist/${tag,,}"
    say "Building the page in $tag (trunk build --release, into $dist/)"
    (cd "$ROOT" && GUIDE_LANGUAGE="$tag" "$@" trunk build --release --dist "$dist") || return 1
  done
}

# Every language's page, by the nightly where it can build them all, else
# all by stable, so no two pages differ in what built them. Which toolchain
# built the wasm is said, and written to target/wasm-toolchain for the
# benchmark to report.
build_release() {
  local built="stable"
  if nightly_wasm_ready; then
    built="nightly ($(rustup run nightly rustc -V)), size settings on"
    say "The wasm is built by $built"
    if ! build_languages env "${NIGHTLY_WASM[@]}"; then
      built="stable, as the nightly's build failed"
      say "The nightly's build failed: building every page with stable instead"
      build_languages env
    fi
  else
    say "The wasm is built by stable"
    build_languages env
  fi
  mkdir -p "$ROOT/target" && echo "$built" >"$ROOT/target/wasm-toolchain"
}
