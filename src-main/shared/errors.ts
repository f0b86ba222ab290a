/**
 * Stable error codes. The code is the contract; the message is a French sentence for people.
 * Renderers translate by code (see src-renderer/i18n), so a message can be reworded freely.
 */
export const ERROR_CODES = [
  'VALIDATION',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'INVALID_STATE',
  'UNKNOWN_METHOD',
  'VAULT_LOCKED',
  'VAULT_NOT_FOUND',
  'VAULT_EXISTS',
  'VAULT_CORRUPT',
  'VAULT_TOO_NEW',
  'VAULT_BUSY',
  'WRONG_PASSPHRASE',
  'WRONG_RECOVERY_KIT',
  'KEYRING_MISSING',
  'DISK_FULL',
  'BACKUP_INVALID',
  'CANCELLED',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** Default French sentence for each code, used when a handler gives no more specific message. */
export const DEFAULT_MESSAGES: Record<ErrorCode, string> = {
  VALIDATION: 'Certaines informations sont invalides : corrigez les champs signalés puis réessayez.',
  FORBIDDEN: "Votre rôle ne permet pas cette opération. Demandez-la au délégué à la protection des données.",
  NOT_FOUND: "L'élément demandé n'existe pas ou a été supprimé.",
  CONFLICT: 'Cet élément existe déjà : choisissez une autre valeur.',
  INVALID_STATE: "Cette opération n'est pas possible dans l'état actuel de l'élément.",
  UNKNOWN_METHOD: "Opération inconnue : vérifiez son nom (liste complète : « dpo methods »).",
  VAULT_LOCKED: 'Le coffre est verrouillé : déverrouillez-le avec votre phrase secrète.',
  VAULT_NOT_FOUND: "Aucun coffre n'existe à cet emplacement : créez-en un ou indiquez le bon dossier.",
  VAULT_EXISTS: 'Un coffre existe déjà à cet emplacement : ouvrez-le ou choisissez un autre dossier.',
  VAULT_CORRUPT:
    "Le fichier du coffre est endommagé ou a été modifié hors de l'application. Rien n'a été modifié : restaurez la dernière sauvegarde (Paramètres › Sauvegardes ou « dpo restore »).",
  VAULT_TOO_NEW:
    "Ce coffre a été créé par une version plus récente de DPO Workbench. Il n'a pas été modifié : installez la dernière version de l'application.",
  VAULT_BUSY: 'Le coffre est occupé par une autre opération : réessayez dans un instant.',
  WRONG_PASSPHRASE:
    "Nom d'utilisateur ou phrase secrète incorrects. Vérifiez la saisie (majuscules, disposition du clavier) ou utilisez le kit de récupération.",
  WRONG_RECOVERY_KIT:
    "Ce kit de récupération ne correspond pas à ce coffre. Vérifiez chaque groupe de caractères.",
  KEYRING_MISSING:
    "Le trousseau de clés du coffre est introuvable. Ouvrez le coffre avec le kit de récupération (« dpo unlock --recovery »).",
  DISK_FULL: "Le disque est plein : l'opération a été annulée et rien n'a été modifié. Libérez de l'espace puis réessayez.",
  BACKUP_INVALID: "Cette sauvegarde est illisible ou altérée : choisissez-en une autre.",
  CANCELLED: "L'opération a été annulée ; rien n'a été écrit.",
  INTERNAL: "Erreur inattendue : l'opération a été annulée et rien n'a été modifié. Réessayez ; si l'erreur persiste, exportez le journal.",
};

/** An error a handler or the store raises on purpose; the service turns it into a Result. */
export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly issues: { path: string; message: string }[] | undefined;
  constructor(code: ErrorCode, message?: string, issues?: { path: string; message: string }[]) {
    super(message ?? DEFAULT_MESSAGES[code]);
    this.name = 'DomainError';
    this.code = code;
    this.issues = issues;
  }
}
