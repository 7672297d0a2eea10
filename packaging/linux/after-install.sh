#!/bin/sh
# Installs Tillcard's udev rules (scanner and printer access for the till's signed-in user) and
# applies them to what is already plugged in. Runs as root from the deb package.
set -e
install -m 0644 /opt/Tillcard/resources/udev/70-tillcard.rules /etc/udev/rules.d/70-tillcard.rules
if command -v udevadm >/dev/null 2>&1; then
  udevadm control --reload-rules || true
  udevadm trigger --subsystem-match=tty --subsystem-match=usb --subsystem-match=usbmisc || true
fi
