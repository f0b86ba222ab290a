// Rewrites the role × method matrix in README.md from the contract (npm run docs:roles).
import { readFileSync, writeFileSync } from 'node:fs';
import { roleMatrixMarkdown } from '../src-main/shared/role-matrix';

const START = '<!-- role-matrix:start -->';
const END = '<!-- role-matrix:end -->';
const readme = readFileSync('README.md', 'utf8');
const a = readme.indexOf(START);
const b = readme.indexOf(END);
if (a < 0 || b < 0) throw new Error('README.md lacks the role-matrix markers');
writeFileSync('README.md', `${readme.slice(0, a + START.length)}\n${roleMatrixMarkdown()}\n${readme.slice(b)}`);
