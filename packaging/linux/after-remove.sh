#!/bin/sh
# Removes what after-install.sh added.
set -e
rm -f /etc/udev/rules.d/70-tillcard.rules
if command -v udevadm >/dev/null 2>&1; then udevadm control --reload-rules || true; fi
