/**
 * Passphrase strength estimate with zxcvbn-ts and its French dictionary. The dictionaries weigh a
 * few megabytes, so they are loaded on first use (a separate chunk), not with the app.
 * The service only requires 12 characters; the estimate helps people choose better than that.
 */
export interface StrengthEstimate {
  /** 0 (guessed at once) to 4 (very hard to guess), zxcvbn's scale. */
  score: 0 | 1 | 2 | 3 | 4;
  /** zxcvbn's own French warning, empty when it has none. */
  warning: string;
}

export type StrengthEstimator = (passphrase: string, userInputs: readonly string[]) => StrengthEstimate;

/**
 * Below this score the UI refuses the passphrase, even if it is 12 characters long. 3 is zxcvbn's
 * "safely unguessable" level (about 10^8 guesses): the vault file can be copied and attacked
 * offline, so "motdepasse123" (score 2) is not enough.
 */
export const MIN_ACCEPTED_SCORE = 3;

/** The user's own words (organisation, name, identifier), whole and split into words of 3+ letters. */
export function expandUserInputs(inputs: readonly string[]): string[] {
  const words = inputs.flatMap((input) => input.toLowerCase().split(/[^\p{L}\p{N}]+/u)).filter((w) => w.length >= 3);
  return [...new Set([...inputs.map((i) => i.toLowerCase()), ...words])];
}

let loading: Promise<StrengthEstimator> | null = null;

export function loadStrengthEstimator(): Promise<StrengthEstimator> {
  loading ??= (async () => {
    const [core, common, french] = await Promise.all([
      import('@zxcvbn-ts/core'),
      import('@zxcvbn-ts/language-common'),
      import('@zxcvbn-ts/language-fr'),
    ]);
    core.zxcvbnOptions.setOptions({
      translations: french.translations,
      graphs: common.adjacencyGraphs,
      dictionary: { ...common.dictionary, ...french.dictionary },
    });
    return (passphrase, userInputs) => {
      const result = core.zxcvbn(passphrase, expandUserInputs(userInputs));
      return { score: result.score, warning: result.feedback.warning ?? '' };
    };
  })();
  return loading;
}
