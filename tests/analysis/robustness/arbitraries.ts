// fast-check generators for whatever an editor might paste: random unicode, pastes of news copy mixed with
// markup and odd characters, nested quotations, runs of punctuation, lone surrogates and bare whitespace.
import fc from 'fast-check';
import { EXOTIC, MARKUP, NEWS, PUNCTUATION } from './fragments.js';

const WHITESPACE = [' ', '  ', '\n', '\n\n', '\t', '\r\n', '\u00a0', '\u2028', '\u3000'];

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const anyUtf16Unit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

/** Arbitrary code units, surrogates included: strings no keyboard makes but a broken clipboard might. */
export const randomUnicode = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 120 }),
  fc.string({ unit: anyUtf16Unit, maxLength: 200 }),
  fc.string({ unit: fc.oneof(loneSurrogate, fc.constantFrom(...NEWS)), maxLength: 12 }),
);

const piece = fc.oneof(
  { arbitrary: fc.constantFrom(...NEWS), weight: 6 },
  { arbitrary: fc.constantFrom(...MARKUP), weight: 2 },
  { arbitrary: fc.constantFrom(...EXOTIC), weight: 2 },
  { arbitrary: fc.constantFrom(...PUNCTUATION), weight: 2 },
  { arbitrary: fc.constantFrom(...WHITESPACE), weight: 2 },
  { arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 12 }), weight: 1 },
);

/** News sentences glued together with markup, emoji, right-to-left text, control characters and line breaks. */
export const pastedArticle = fc
  .tuple(fc.array(piece, { maxLength: 40 }), fc.constantFrom(' ', '', '\n', '\n\n'))
  .map(([pieces, glue]) => pieces.join(glue));

/** A sentence inside `depth` alternating quotation marks, each level attributed: “‘“…”’” he said. */
export const nestedQuotes = fc
  .tuple(fc.integer({ min: 1, max: 60 }), fc.constantFrom(...NEWS), fc.boolean())
  .map(([depth, sentence, closed]) => {
    const marks = [['“', '”'], ['‘', '’'], ['"', '"'], ['«', '»']] as const;
    let text = sentence;
    for (let d = 0; d < depth; d++) {
      const [open, close] = marks[d % marks.length] ?? ['"', '"'];
      text = `${open}${text}${closed ? close : ''} she said, `;
    }
    return text.trim();
  });

/** One punctuation mark or short piece repeated up to a few hundred times, with or without spaces. */
export const repeatedPunctuation = fc
  .tuple(fc.constantFrom(...PUNCTUATION, 'said', 'Mr.', 'U.S.'), fc.integer({ min: 1, max: 400 }), fc.constantFrom('', ' ', '\n'))
  .map(([unit, times, glue]) => Array.from({ length: times }, () => unit).join(glue));

export const onlyWhitespace = fc.string({ unit: fc.constantFrom(...WHITESPACE), maxLength: 50 });

export const anyInput = fc.oneof(randomUnicode, pastedArticle, nestedQuotes, repeatedPunctuation, onlyWhitespace);
