// @ts-check
/**
 * Requests no route can answer, turned away before they reach Next (whose own parsing answers some of them with a
 * 500): methods other than GET and HEAD, request targets that are not a path, malformed percent-escapes, invalid
 * UTF-8 and NUL. Pure: given the method and the raw request target.
 */

/** @typedef {{ status: 400 | 404 | 405, message: string, allow?: string }} Refusal */

import { errorBody } from './error-body.mjs';

const allowedMethods = new Set(['GET', 'HEAD']);

/** @param {string} text @returns {string | null} the decoded text, or null for a malformed escape or invalid UTF-8 */
function decodeStrictly(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/**
 * The review screen's addresses (/edit and below), which exist only on a server started with EDITOR=1.
 * @param {string} pathname
 */
export function isEditorPath(pathname) {
  return pathname === '/edit' || pathname.startsWith('/edit/');
}

/**
 * @param {string | undefined} method
 * @param {string | undefined} target
 * @param {{ editor?: boolean }} [options] editor: the review screen is on (EDITOR=1), so it may be sent forms (POST)
 * @returns {Refusal | null}
 */
export function refuseRequest(method, target, { editor = false } = {}) {
  const editorPost = method === 'POST' && isEditorPath((target ?? '').split('?')[0] ?? '');
  if (editorPost && !editor) return { status: 404, message: 'There is no page at this address.' };
  if (!editorPost && (!method || !allowedMethods.has(method))) {
    return {
      status: 405,
      allow: 'GET, HEAD',
      message: `This site only answers GET and HEAD, not ${method}.`,
    };
  }
  if (!target || !target.startsWith('/')) {
    return { status: 400, message: 'The request target must be a path beginning with "/".' };
  }
  const queryStart = target.indexOf('?');
  const pathPart = queryStart === -1 ? target : target.slice(0, queryStart);
  const decodedPath = decodeStrictly(pathPart);
  if (decodedPath === null || decodedPath.includes('\0')) {
    return {
      status: 400,
      message: 'The address has a malformed %-escape, invalid UTF-8 or a NUL character in its path.',
    };
  }
  if (queryStart === -1) return null;
  for (const pair of target.slice(queryStart + 1).split('&')) {
    const [rawName = '', ...rawValue] = pair.split('=');
    const name = decodeStrictly(rawName.replaceAll('+', ' '));
    const value = decodeStrictly(rawValue.join('=').replaceAll('+', ' '));
    const shownName = name ?? rawName;
    if (name === null || value === null) {
      return {
        status: 400,
        message: `Invalid parameter "${shownName}": it has a malformed %-escape or invalid UTF-8.`,
      };
    }
    if (name.includes('\0') || value.includes('\0')) {
      return {
        status: 400,
        message: `Invalid parameter "${shownName.replaceAll('\0', '%00')}": must not contain a NUL character (%00).`,
      };
    }
  }
  return null;
}

/**
 * The body of a refusal.
 * @param {Refusal} refusal
 * @param {string | undefined} target
 * @param {string | undefined} accept
 */
export function refusalBody(refusal, target, accept) {
  return errorBody(
    refusal.status === 405 ? 'Method not allowed' : refusal.status === 404 ? 'Not found' : 'Bad request',
    refusal.message,
    target,
    accept,
  );
}
