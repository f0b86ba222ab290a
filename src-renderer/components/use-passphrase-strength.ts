import { useEffect, useState } from 'react';
import { loadStrengthEstimator, type StrengthEstimate } from './passphrase-strength';

/** The live estimate of `passphrase` (null while the dictionaries load or when empty). */
export function usePassphraseStrength(passphrase: string, userInputs: readonly string[]): StrengthEstimate | null {
  const [estimate, setEstimate] = useState<StrengthEstimate | null>(null);
  const inputsKey = userInputs.join('\u0000');
  useEffect(() => {
    if (passphrase === '') {
      setEstimate(null);
      return;
    }
    let current = true;
    void loadStrengthEstimator().then((estimator) => {
      if (current) setEstimate(estimator(passphrase, inputsKey.split('\u0000').filter(Boolean)));
    });
    return () => {
      current = false;
    };
  }, [passphrase, inputsKey]);
  return estimate;
}
