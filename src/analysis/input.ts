// Checks whether a text is something the engine can usefully analyze, with a message a person can act on.
export const DEFAULT_MAX_CHARS = 100_000;

export type InputProblemCode = 'empty' | 'too_long' | 'only_link' | 'not_prose' | 'not_english';

export interface InputProblem {
  code: InputProblemCode;
  message: string;
}

export class InputError extends Error {
  constructor(readonly problem: InputProblem) {
    super(problem.message);
    this.name = 'InputError';
  }
}

const LINK_ONLY = /^\s*<?(https?:\/\/\S+?)(\|[^>]*)?>?\s*$/i;
// Common English function words: an article in English uses them in roughly one word in three.
const ENGLISH_MARKERS = new Set(
  'the of and to a in is that for on it with as was by at he she they said from be are has have not this his her an will would'.split(' '),
);
const MIN_WORDS_FOR_LANGUAGE_CHECK = 12;

/** The checks the engine itself needs: something to read, and not more than the limit. */
export function checkSize(text: string, maxChars: number = DEFAULT_MAX_CHARS): InputProblem | null {
  if (!/\S/.test(text)) {
    return { code: 'empty', message: 'There is no text to analyze. Paste the article itself.' };
  }
  if (text.length > maxChars) {
    return {
      code: 'too_long',
      message: `The text is ${text.length.toLocaleString('en-US')} characters; the limit is ${maxChars.toLocaleString('en-US')}. Split the article and check it in parts.`,
    };
  }
  return null;
}

/** Whether a text is worth analyzing at all, for the entry points to answer before they analyze. */
export function checkInput(text: string, maxChars: number = DEFAULT_MAX_CHARS): InputProblem | null {
  const size = checkSize(text, maxChars);
  if (size) return size;
  if (LINK_ONLY.test(text)) {
    return {
      code: 'only_link',
      message: 'That is only a link. Sourcing Desk does not fetch pages: paste the article text itself.',
    };
  }
  const words = text.match(/\p{L}+/gu) ?? [];
  const visible = text.replace(/\s+/g, '').length;
  const letters = words.reduce((n, w) => n + w.length, 0);
  if (words.length < 3 || letters / visible < 0.5) {
    return {
      code: 'not_prose',
      message: 'This does not look like article prose (too few words). Paste the article text, not code, tables or a list of links.',
    };
  }
  if (words.length >= MIN_WORDS_FOR_LANGUAGE_CHECK) {
    const markers = words.filter((w) => ENGLISH_MARKERS.has(w.toLowerCase())).length;
    if (markers / words.length < 0.08) {
      return {
        code: 'not_english',
        message: 'This does not look like English. Sourcing Desk only understands English news copy for now.',
      };
    }
  }
  return null;
}
