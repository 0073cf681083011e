/**
 * Writes the timeline where it can: the dev server's endpoint (which validates again and writes the project's
 * file), the file the author opened (File System Access API), or a download.
 */
import { STUDIO_TIMELINE_ENDPOINT } from './studioTimelineEndpoint.ts';

/** How a save reached its file. */
export type SaveOutcome =
  { ok: true; how: 'server' | 'file' | 'download'; name: string } | { ok: false; message: string };

/** The parts of the File System Access API the studio uses (not yet in TypeScript's DOM types). */
export interface WritableFileHandle {
  name: string;
  createWritable: () => Promise<{ write: (data: string) => Promise<void>; close: () => Promise<void> }>;
}

interface OpenFilePickerWindow {
  showOpenFilePicker?: (options: unknown) => Promise<(WritableFileHandle & { getFile: () => Promise<File> })[]>;
}

/** True when the browser can open a file and write it back. */
export function hasFileSystemAccess(): boolean {
  return typeof (window as unknown as OpenFilePickerWindow).showOpenFilePicker === 'function';
}

/** Asks for a JSON file with the File System Access API; undefined when the author cancels. */
export async function pickTimelineFile(): Promise<{ handle: WritableFileHandle; file: File } | undefined> {
  const picker = (window as unknown as OpenFilePickerWindow).showOpenFilePicker;
  if (picker === undefined) return undefined;
  try {
    const [handle] = await picker({
      types: [{ description: 'Timeline JSON', accept: { 'application/json': ['.json'] } }],
    });
    if (handle === undefined) return undefined;
    return { handle, file: await handle.getFile() };
  } catch {
    return undefined;
  }
}

/** Offers text as a file to download. */
export function downloadText(text: string, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 10_000);
}

/** True when the page is served by the studio's dev server, which can write the project's timeline file. */
export function hasSaveServer(): boolean {
  return import.meta.env.VITE_STUDIO_SAVE_SERVER === true;
}

export async function readServerTimeline(): Promise<
  { ok: true; name: string; text: string } | { ok: false; message: string }
> {
  const response = await fetch(STUDIO_TIMELINE_ENDPOINT, { cache: 'no-store' });
  const body = (await response.json()) as { name?: string; text?: string; message?: string };
  if (!response.ok || typeof body.text !== 'string')
    return { ok: false, message: body.message ?? `the server answered ${response.status}` };
  return { ok: true, name: body.name ?? 'timeline.json', text: body.text };
}

export async function saveTimeline(
  text: string,
  fileName: string,
  handle: WritableFileHandle | undefined,
): Promise<SaveOutcome> {
  try {
    if (hasSaveServer()) {
      const response = await fetch(STUDIO_TIMELINE_ENDPOINT, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: text,
      });
      const body = (await response.json()) as { name?: string; message?: string };
      if (!response.ok) return { ok: false, message: body.message ?? `the server answered ${response.status}` };
      return { ok: true, how: 'server', name: body.name ?? fileName };
    }
    if (handle !== undefined) {
      const writable = await handle.createWritable();
      await writable.write(text);
      await writable.close();
      return { ok: true, how: 'file', name: handle.name };
    }
    downloadText(text, fileName, 'application/json');
    return { ok: true, how: 'download', name: fileName };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
