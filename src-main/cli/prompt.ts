/**
 * Secrets for the CLI: from the environment (scripts, CI) or typed at a no-echo prompt. Never logged.
 */
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { UsageError } from './usage-error';

/** `envName` is the variable that replaces the prompt: named in the error when there is no terminal. */
export async function promptHidden(question: string, envName?: string): Promise<string> {
  if (!process.stdin.isTTY) {
    const fix = envName ? `Définissez la variable d’environnement ${envName}.` : 'Définissez la variable d’environnement correspondante.';
    throw new UsageError(`${question.replace(/ ?: ?$/, '')} : aucune saisie possible (pas de terminal). ${fix}`);
  }
  let muted = false;
  const output = new Writable({
    write(chunk: Buffer, _enc, cb) {
      if (!muted) process.stderr.write(chunk);
      cb();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  try {
    return await new Promise<string>((resolve) => {
      rl.question(question, (answer) => resolve(answer));
      muted = true;
    });
  } finally {
    rl.close();
    process.stderr.write('\n');
  }
}

export async function passphraseFromEnvOrPrompt(envName = 'DPO_PASSPHRASE', label = 'Phrase secrète : '): Promise<string> {
  const fromEnv = process.env[envName];
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  return promptHidden(label, envName);
}

/** New passphrase: from the environment, or typed twice. */
export async function newPassphrase(envName: string, label = 'Nouvelle phrase secrète : '): Promise<string> {
  const fromEnv = process.env[envName];
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  const first = await promptHidden(label, envName);
  const second = await promptHidden('Confirmez la phrase secrète : ', envName);
  if (first !== second) throw new UsageError('Les deux saisies diffèrent : recommencez.');
  return first;
}
