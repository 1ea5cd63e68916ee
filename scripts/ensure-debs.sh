#!/usr/bin/env bash
# Install the Debian packages given as arguments when any is missing.
# Fails loudly, naming the packages, when they cannot be installed (never a silent skip).
set -euo pipefail
missing=()
for pkg in "$@"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing Debian packages: ${missing[*]}"
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
  echo "ERROR: missing Debian packages: ${missing[*]}. Install them (apt-get install -y ${missing[*]}) and run again." >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -q >/dev/null
apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null || {
  echo "ERROR: could not install Debian packages: ${missing[*]}." >&2
  exit 1
}
