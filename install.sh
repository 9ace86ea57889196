#!/bin/sh
# Installs a released baocao binary for Linux (x86_64, aarch64) or macOS
# (Apple silicon, Intel), after checking it against the release's
# SHA256SUMS.
#
#   curl -fsSL https://github.com/OWNER/baocao/releases/latest/download/install.sh | sh
#
# The copy attached to each release installs that release, from the
# repository that published it. Settings, all optional:
#   BAOCAO_VERSION=0.1.0        another release
#   BAOCAO_REPO=owner/baocao    another repository
#   BAOCAO_INSTALL_DIR=DIR      where to put `baocao` [default: ~/.local/bin]
#   BAOCAO_URL=URL              where the release's files are (a mirror)
# On Windows, download baocao-x86_64-pc-windows-msvc.zip from the release
# page instead.
set -eu

# Filled in by .github/workflows/release.yml when it attaches this file to
# a release.
repo="${BAOCAO_REPO:-@BAOCAO_REPO@}"
version="${BAOCAO_VERSION:-@BAOCAO_VERSION@}"
dir="${BAOCAO_INSTALL_DIR:-$HOME/.local/bin}"

fail() {
  echo "baocao install: $*" >&2
  exit 1
}

case "$repo" in *@*) fail "set BAOCAO_REPO=owner/name (this copy was not taken from a release)" ;; esac
case "$version" in *@*) fail "set BAOCAO_VERSION, for example BAOCAO_VERSION=0.1.0" ;; esac

case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) target=x86_64-unknown-linux-gnu ;;
  Linux-aarch64 | Linux-arm64) target=aarch64-unknown-linux-gnu ;;
  Darwin-arm64) target=aarch64-apple-darwin ;;
  Darwin-x86_64) target=x86_64-apple-darwin ;;
  *) fail "no binary for $(uname -s) $(uname -m); build from source: cargo install --locked --git https://github.com/$repo baocao" ;;
esac

archive="baocao-$target.tar.gz"
url="${BAOCAO_URL:-https://github.com/$repo/releases/download/v$version}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

echo "baocao install: $url/$archive"
curl -fsSL --retry 3 -o "$tmp/$archive" "$url/$archive" || fail "could not download $url/$archive"
curl -fsSL --retry 3 -o "$tmp/SHA256SUMS" "$url/SHA256SUMS" || fail "could not download $url/SHA256SUMS"

expected=$(awk -v f="$archive" '$2 == f { print $1 }' "$tmp/SHA256SUMS")
[ -n "$expected" ] || fail "$archive is not listed in SHA256SUMS"
if command -v sha256sum >/dev/null 2>&1; then
  actual=$(sha256sum "$tmp/$archive" | awk '{ print $1 }')
else
  actual=$(shasum -a 256 "$tmp/$archive" | awk '{ print $1 }')
fi
[ "$expected" = "$actual" ] || fail "checksum mismatch for $archive: expected $expected, got $actual"

tar -xzf "$tmp/$archive" -C "$tmp"
mkdir -p "$dir"
cp "$tmp/baocao-$target/baocao" "$dir/baocao"
chmod 755 "$dir/baocao"
echo "baocao install: $("$dir/baocao" --version) is in $dir"
case ":$PATH:" in
  *":$dir:"*) ;;
  *) echo "baocao install: add $dir to PATH, for example: export PATH=\"$dir:\$PATH\"" ;;
esac
