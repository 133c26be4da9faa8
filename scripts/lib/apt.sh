# shellcheck shell=bash
# ensure_apt_packages CHECK PACKAGE...
#   Runs CHECK (a shell command string); if it fails, installs PACKAGE... with apt-get.
#   `apt-get update` runs at most once per script. Uses sudo only when not root.
# Example:
#   ensure_apt_packages 'test -x /usr/bin/redis-server' redis-server

_APT_UPDATED="${_APT_UPDATED:-0}"

_apt_sudo() {
  if [[ $EUID -eq 0 ]]; then
    "$@"
  else
    sudo "$@"
  fi
}

ensure_apt_packages() {
  local check="$1"
  shift
  if eval "$check" >/dev/null 2>&1; then
    return 0
  fi
  echo "==> installing: $* (check failed: $check)" >&2
  if [[ "$_APT_UPDATED" != 1 ]]; then
    _apt_sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    _APT_UPDATED=1
  fi
  _apt_sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@"
  if ! eval "$check" >/dev/null 2>&1; then
    echo "ensure_apt_packages: still failing after install: $check" >&2
    return 1
  fi
}
