import { segment } from './src/analysis/segment.js';
import fs from 'node:fs';
const text = fs.readFileSync(process.argv[2] ?? 'samples/putin-xi-safety-deal.txt','utf8');
const s = segment(text);
for (const x of s.sentences) console.log(x.index+1, x.paragraph, x.caption?'CAP':'', x.quotes.length, JSON.stringify(text.slice(x.start,x.end)).slice(0,80));
