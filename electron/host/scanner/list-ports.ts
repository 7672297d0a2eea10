/**
 * Serial ports for the settings screen. On Linux SerialPort.list() asks udevadm, which a kiosk
 * image or a container may lack: then the list is empty with a reason, never a crash.
 */
import { SerialPort } from 'serialport';

export interface SerialPortChoice {
  path: string;
  manufacturer: string | null;
}

export async function listSerialPorts(
  list: () => Promise<Array<{ path: string; manufacturer?: string | undefined }>> = () => SerialPort.list(),
): Promise<{ ports: SerialPortChoice[]; problem: string | null }> {
  try {
    const ports = await list();
    return {
      ports: ports.map((port) => ({ path: port.path, manufacturer: port.manufacturer ?? null })),
      problem: null,
    };
  } catch (error) {
    return { ports: [], problem: `cannot list serial ports: ${(error as Error).message}` };
  }
}
