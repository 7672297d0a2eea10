/** The saved keyboard-wedge settings as the detector's options: Enter and Tab always end a read. */
import type { WedgeConfig } from '../../shared/scanner-settings.js';
import type { WedgeOptions } from './wedge-detector.js';

export function wedgeOptionsOf(config: WedgeConfig): Partial<WedgeOptions> {
  return {
    prefix: config.prefix,
    suffixKeys: ['Enter', 'Tab', ...(config.suffix === '' ? [] : [config.suffix])],
    maxAverageCharMs: config.maxAverageCharMs,
    minLength: config.minLength,
  };
}
