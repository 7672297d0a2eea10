import packageJson from '../../package.json' with { type: 'json' };

/** The terminal's version, as shown in its status. */
export const TERMINAL_VERSION: string = packageJson.version;
