/**
 * scannerSettings / saveScannerSettings of the terminal API: a signed-in manager reads and changes
 * the serial scanner and the keyboard-wedge settings; a save writes config.json and reopens the
 * scanner on the saved port at once. wedgeSettings hands the wedge settings to the redeem screen.
 */
import { stat } from 'node:fs/promises';
import { isWindowsComPort, type ScannerSettingsView } from '../../../shared/scanner-settings.js';
import { fail, ok, type SessionView, type TerminalMethods } from '../../../shared/terminal-api.js';
import { refuseUnlessManager } from '../settings/manager-only.js';
import { listSerialPorts } from './list-ports.js';
import { scannerEnvironmentOverrides } from './scanner-config.js';
import { readScannerConfig, readWedgeConfig, writeScannerConfig } from './scanner-config-file.js';

export type ScannerSettingsMethods = Pick<TerminalMethods, 'scannerSettings' | 'saveScannerSettings' | 'wedgeSettings'>;

export function createScannerSettingsMethods(options: {
  terminalDir: string;
  env: Record<string, string | undefined>;
  session: () => SessionView | null;
  /** Reopens the serial scanner from the saved file (environment variables still win). */
  reopenScanner: () => Promise<void>;
  listPorts?: typeof listSerialPorts;
  /** Whether something exists at a path (a device, a link to one); by default the file system says. */
  pathExists?: (path: string) => Promise<boolean>;
}): ScannerSettingsMethods {
  const listPorts = options.listPorts ?? listSerialPorts;
  const pathExists = options.pathExists ?? existsOnDisk;
  const view = async (): Promise<ScannerSettingsView> => {
    const { ports, problem } = await listPorts();
    return {
      serial: await readScannerConfig(options.terminalDir),
      wedge: await readWedgeConfig(options.terminalDir),
      overriddenByEnvironment: scannerEnvironmentOverrides(options.env),
      ports,
      portListProblem: problem,
    };
  };
  const read = async () => {
    try {
      return ok(await view());
    } catch (error) {
      return fail({ code: 'internal_error', message: `scanner settings not read: ${(error as Error).message}` });
    }
  };

  return {
    scannerSettings: async () => refuseUnlessManager(options.session()) ?? read(),
    // The redeem screen's keyboard-wedge detector reads these for every cashier: nothing secret.
    wedgeSettings: async () => {
      try {
        return ok(await readWedgeConfig(options.terminalDir));
      } catch (error) {
        return fail({ code: 'internal_error', message: `wedge settings not read: ${(error as Error).message}` });
      }
    },
    saveScannerSettings: async ({ serial, wedge }) => {
      const refused = refuseUnlessManager(options.session());
      if (refused) return refused;
      try {
        // A port must exist when it is set; one already saved may be unplugged while other settings change.
        const saved = await readScannerConfig(options.terminalDir);
        if (serial && serial.port !== saved?.port && !(await portExists(serial.port, pathExists)))
          return fail({
            code: 'bad_request',
            message: 'no device at the scanner port',
            details: { field: 'port', problem: 'not_found' },
          });
        await writeScannerConfig(options.terminalDir, serial, wedge);
      } catch (error) {
        return fail({ code: 'internal_error', message: `scanner settings not saved: ${(error as Error).message}` });
      }
      await options.reopenScanner();
      return read();
    },
  };
}

async function existsOnDisk(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** Windows COM ports are no files; every other port is a path that must lead somewhere. */
async function portExists(port: string, pathExists: (path: string) => Promise<boolean>): Promise<boolean> {
  return isWindowsComPort(port) || pathExists(port);
}
