/**
 * Starting the terminal when the till's user logs in. The host keeps the switch in config.json;
 * whoever runs the host (Electron's main process, installed app only) registers it with the
 * system: an XDG autostart entry on Linux, a login item on Windows.
 */
export interface AutostartControl {
  apply(enabled: boolean): Promise<void>;
}
