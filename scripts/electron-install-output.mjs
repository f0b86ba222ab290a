/**
 * What `npm start` says when Electron's own install script (node_modules/electron/install.js) fails.
 * That script prints a raw English stack (`TypeError: fetch failed …`); the user gets one French line
 * with the likely cause instead, and the raw output only on request (DPO_START_VERBOSE=1) or when
 * there is no web fallback to go on with (DPO_START_NO_FALLBACK=1). Pure: tested by vitest.
 */

/** Known failures of @electron/get, most specific first: [pattern in the raw output, French cause]. */
const CAUSES = [
  [/checksum|sha256|integrity/i, 'le fichier reçu ne correspond pas à l’empreinte attendue (téléchargement corrompu ou intercepté)'],
  [/ENOSPC/, 'le disque est plein'],
  [/EACCES|EPERM/, 'droits insuffisants pour écrire le binaire dans node_modules/electron'],
  [/HTTPError|Response code (\d{3})|status code (\d{3})/i, 'le serveur de téléchargement a refusé la demande (proxy ou filtrage ?)'],
  [/ETIMEDOUT|UND_ERR_CONNECT_TIMEOUT|timed? ?out/i, 'la connexion à github.com a expiré'],
  [/ENOTFOUND|EAI_AGAIN|getaddrinfo/, 'github.com est introuvable : pas d’accès réseau depuis ce poste'],
  [/ECONNREFUSED|ECONNRESET|fetch failed|socket hang up/i, 'pas d’accès réseau à github.com depuis ce poste'],
];

/** The French cause of a failed download, read from the install script's output and exit status. */
export function installFailureCause(output, status) {
  for (const [pattern, cause] of CAUSES) if (pattern.test(output)) return cause;
  if (status === null) return 'le téléchargement a été interrompu';
  return 'cause inconnue';
}

/** True when the raw output of the install script must be shown as it is. */
export function showInstallOutput(env) {
  return env.DPO_START_VERBOSE === '1' || env.DPO_START_NO_FALLBACK === '1';
}

/** The one French line printed instead of the raw output. */
export function installFailureLine(version, output, status, env) {
  const hint = showInstallOutput(env) ? '' : ' (détail : relancez avec DPO_START_VERBOSE=1)';
  return `Téléchargement d’Electron ${version} impossible : ${installFailureCause(output, status)}${hint}.`;
}
