import { describe, expect, it } from 'vitest';
import { browserCommand, openBrowser } from '../../../src-main/web/open-browser';
import { MAX_BODY_BYTES } from '../../../src-main/web/request-body';

describe('dpo serve --open', () => {
  const url = 'http://127.0.0.1:43210/?token=abc_DEF-123';

  it('uses the platform opener, with the URL as a single argument (no shell)', () => {
    expect(browserCommand(url, 'linux')).toEqual({ command: 'xdg-open', args: [url] });
    expect(browserCommand(url, 'darwin')).toEqual({ command: 'open', args: [url] });
    expect(browserCommand('http://127.0.0.1:1/?a=1&token=x', 'win32').args.at(-1)).toBe('http://127.0.0.1:1/?a=1^&token=x');
  });

  it('opens nothing but the loopback workbench address', async () => {
    expect(await openBrowser('https://evil.example/', 'linux')).toBe(false);
    expect(await openBrowser('file:///etc/passwd', 'linux')).toBe(false);
    expect(await openBrowser('not a url', 'linux')).toBe(false);
  });
});

describe('API body limit', () => {
  it('is 50 MB by default', () => {
    expect(MAX_BODY_BYTES).toBe(50 * 1024 * 1024);
  });
});
