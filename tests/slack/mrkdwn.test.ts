import { describe, expect, it } from 'vitest';
import { decodeMrkdwn, escapeMrkdwn, stripUserMention } from '../../src/slack/mrkdwn.js';

describe('decodeMrkdwn', () => {
  it.each([
    ['Profits &amp; losses &lt;rose&gt; 5 &gt; 3', 'Profits & losses <rose> 5 > 3'],
    ['See <https://example.com/a?b=1&amp;c=2|the report> now', 'See the report now'],
    ['Read <https://example.com/a>', 'Read https://example.com/a'],
    ['<http://example.com/story|example.com/story>', 'http://example.com/story'],
    ['Mail <mailto:desk@example.com|desk@example.com>', 'Mail desk@example.com'],
    ['Ask <@U123|alice> and <@U456>', 'Ask @alice and @U456'],
    ['In <#C123|newsroom> and <#C456>', 'In #newsroom and #C456'],
    ['<!here> and <!subteam^S1|@editors> on <!date^1392734382^{date}|Feb 18>', '@here and @editors on Feb 18'],
    ['The *minister* said it was _not_ ~final~ `yet`.', 'The minister said it was not final yet.'],
    ['```\nquoted code\n```', 'quoted code'],
    ['&gt; a quoted line\nand a reply', 'a quoted line\nand a reply'],
  ])('decodes %j', (input, expected) => {
    expect(decodeMrkdwn(input)).toBe(expected);
  });

  it('leaves markers inside words and arithmetic alone', () => {
    expect(decodeMrkdwn('snake_case_name and 5 * 3 * 2 and a~b')).toBe('snake_case_name and 5 * 3 * 2 and a~b');
  });

  it('keeps the decoded text identical to what the person typed, so offsets match what is shown', () => {
    const typed = 'Officials said the cost "could double" & more <soon>.';
    expect(decodeMrkdwn(escapeMrkdwn(typed))).toBe(typed);
  });
});

describe('stripUserMention', () => {
  it('removes every mention of the bot, with or without a label', () => {
    expect(stripUserMention('<@UBOT> check this <@UBOT|sourcing>', 'UBOT')).toBe('check this');
    expect(stripUserMention('<@UOTHER> hi', 'UBOT')).toBe('<@UOTHER> hi');
  });
});
