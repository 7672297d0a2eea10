// Types for scripts/check-packaging-config.mjs, so tests can call it in process.
export declare const REQUIRED_FUSES: Record<string, boolean>;
export declare function packagingConfigProblems(
  configFile: string,
  projectDir?: string,
  packageJson?: object,
): Promise<string[]>;
