// @ts-check
/**
 * Static files: the host pages in `demo/` at `/` and the built library `dist/` at `/dist/`.
 * No directory listings, no dotfiles, nothing outside the folders served.
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';

/** @typedef {import('./replies.mjs').Reply} Reply */

/**
 * @typedef {object} Mount
 * @property {string} prefix URL path prefix, ending in `/`
 * @property {string} directory absolute folder served there
 */

export const MIME_TYPES = /** @type {Record<string, string>} */ ({
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.ics': 'text/calendar; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.mp3': 'audio/mpeg',
  '.webm': 'video/webm',
  '.vtt': 'text/vtt; charset=utf-8',
});

/**
 * @param {Mount[]} mounts most specific first
 * @param {{ hidden?: string[] }} [options] folders never served even when inside a mount (the referral data)
 * @returns {(pathname: string) => Promise<Reply | undefined>} undefined when there is no such file
 */
export function staticFiles(mounts, { hidden = [] } = {}) {
  const hiddenFolders = hidden.map((folder) => path.resolve(folder));
  return async (pathname) => {
    const mount = mounts.find(({ prefix }) => pathname.startsWith(prefix) || `${pathname}/` === prefix);
    if (!mount) return undefined;
    const segments = decodeSegments(pathname.slice(mount.prefix.length));
    if (!segments) return undefined;
    const root = path.resolve(mount.directory);
    let file = path.join(root, ...segments);
    if (
      (file !== root && !isInside(file, root)) ||
      hiddenFolders.some((folder) => isInside(file, folder) || file === folder)
    ) {
      return undefined;
    }
    try {
      let info = await stat(file);
      if (info.isDirectory()) {
        file = path.join(file, 'index.html');
        info = await stat(file);
      }
      if (!info.isFile()) return undefined;
      // A symbolic link must not lead out of the folder.
      const [realFile, realRoot] = await Promise.all([realpath(file), realpath(root)]);
      if (!isInside(realFile, realRoot)) return undefined;
      const type = MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
      return { status: 200, type, body: await readFile(file), html: type.startsWith('text/html'), file: true };
    } catch {
      return undefined;
    }
  };
}

/**
 * Decoded path segments, or undefined for anything that could climb out or reach a hidden file
 * (`..`, `%2e%2e`, `%2f`, backslashes, NUL, dotfiles).
 * @param {string} rest
 * @returns {string[] | undefined}
 */
function decodeSegments(rest) {
  /** @type {string[]} */
  const segments = [];
  for (const raw of rest.split('/')) {
    if (raw === '') continue;
    let segment;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return undefined;
    }
    if (segment.startsWith('.') || /[/\\\0]/.test(segment)) return undefined;
    segments.push(segment);
  }
  return segments;
}

/**
 * @param {string} file
 * @param {string} folder
 */
function isInside(file, folder) {
  return file.startsWith(folder + path.sep);
}
