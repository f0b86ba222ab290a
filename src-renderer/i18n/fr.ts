/**
 * French dictionary: the reference language (DESIGN.md: French first). Every user-visible string of
 * the renderer lives here, keyed by a dotted name; `en.ts` must have the same keys and placeholders
 * (test/unit/renderer/i18n.test.ts). Placeholders are `{name}`.
 */
import { breachesFr } from './modules/breaches.fr';
import { controlFr } from './modules/control.fr';
import { dashboardFr } from './modules/dashboard.fr';
import { reportsFr } from './modules/reports.fr';
import { processorsFr } from './modules/processors.fr';
import { ropaFr } from './modules/ropa.fr';
import { requestsFr } from './modules/requests.fr';
import { linksFr } from './modules/links.fr';
import { listUrlFr } from './modules/list-url.fr';

export const fr = {
  'app.name': 'DPO Workbench',
  'app.tagline': 'Poste de travail du délégué à la protection des données',
  'app.loading': 'Chargement du coffre…',

  'common.save': 'Enregistrer',
  'common.saved': 'Modifications enregistrées.',
  'common.cancel': 'Annuler',
  'common.close': 'Fermer',
  'common.retry': 'Réessayer',
  'common.readOnly': 'Lecture seule',
  'common.readOnlyHint': 'Votre rôle permet de consulter cette page, pas de la modifier.',
  'common.never': 'jamais',
  'common.fieldIssues': 'Champs à corriger :',
  'common.required': 'Ce champ est obligatoire.',
  'common.bytes': '{value} octets',
  'common.kilobytes': '{value} Ko',
  'common.megabytes': '{value} Mo',

  'roles.dpo': 'Délégué à la protection des données',
  'roles.security': 'Responsable de la sécurité',
  'roles.compliance': 'Responsable conformité',

  'nav.label': 'Menu principal',
  'nav.dashboard': 'Tableau de bord',
  'nav.breaches': 'Violations',
  'nav.requests': 'Demandes',
  'nav.processors': 'Sous-traitants',
  'nav.ropa': 'Registre des traitements',
  'nav.audit': 'Contrôle',
  'nav.reports': 'Rapports',
  'nav.settings': 'Paramètres',
  'nav.keyboardHelp': 'Flèches ↑ ↓ pour parcourir le menu, Alt+1 à Alt+8 pour ouvrir un module.',

  'shell.skipLink': 'Aller au contenu principal',
  'shell.lock': 'Verrouiller',
  'shell.lockHint': 'Verrouiller le coffre : la base est fermée et la clé effacée de la mémoire.',
  'shell.userLabel': 'Utilisateur connecté',
  'shell.locked': 'Coffre verrouillé.',
  'shell.autoLocked': "Coffre verrouillé automatiquement après {minutes} min d'inactivité.",

  'module.comingSoon': 'Ce module arrive dans une prochaine version',
  'module.willDo': 'Ce qu’il vous permettra de faire :',
  'module.legal': 'Références : {legal}',
  'module.breaches.summary': 'Savoir si vous devez notifier la CNIL, avant quelle échéance, et quoi lui transmettre.',
  'module.breaches.features':
    'Enregistrer chaque violation ou incident dans le registre ; calculer l’échéance de 72 heures à partir de la prise de connaissance ; évaluer le risque pour les personnes ; préparer la notification à la CNIL et la communication aux personnes concernées.',
  'module.breaches.legal': 'RGPD art. 33, 33(5) et 34',
  'module.requests.summary': 'Savoir quelles réponses sont dues cette semaine et prouver que chacune a été faite à temps.',
  'module.requests.features':
    'Suivre les demandes d’accès, de rectification, d’effacement, de limitation, de portabilité et d’opposition ; calculer le délai d’un mois et sa prolongation ; garder la preuve de chaque réponse.',
  'module.requests.legal': 'RGPD art. 12(3) et 15 à 22 ; loi n° 78-17 art. 85',
  'module.processors.summary': 'Voir les contrats auxquels il manque une clause obligatoire et où voyagent vos données.',
  'module.processors.features':
    'Recenser les sous-traitants et leurs contrats ; contrôler les clauses de l’article 28 une à une ; suivre les transferts hors de l’Union européenne et leurs garanties.',
  'module.processors.legal': 'RGPD art. 28 et 44 à 49',
  'module.ropa.summary': 'Savoir si le registre est complet et quels traitements exigent une analyse d’impact.',
  'module.ropa.features':
    'Tenir le registre des activités de traitement (responsable et sous-traitant) ; repérer les champs manquants ; dépister les traitements qui nécessitent une AIPD.',
  'module.ropa.legal': 'RGPD art. 30(1), 30(2) et 35',
  'module.audit.summary': 'Savoir ce qui a été contrôlé cette année, ce qui reste ouvert et ce qui est en retard.',
  'module.audit.features':
    'Planifier les contrôles de l’année ; consigner constats et actions correctives ; suivre les actions ouvertes et en retard.',
  'module.audit.legal': 'RGPD art. 5(2), 24 et 39',
  'module.reports.summary': 'Obtenir le PDF ou le classeur Excel prêt pour la CNIL, ou le dossier d’audit trimestriel.',
  'module.reports.features':
    'Produire le registre, le registre des violations et les bilans en PDF et en XLSX ; assembler un dossier d’audit signé par l’empreinte du journal.',
  'module.reports.legal': 'RGPD art. 30(4), 33(5) et 58',

  'access.deniedTitle': 'Accès refusé',
  'access.deniedBody':
    'Votre rôle ({role}) ne permet pas de consulter cette page. Si vous en avez besoin, demandez-le au délégué à la protection des données.',
  'access.backToDashboard': 'Retour au tableau de bord',
  'notFound.title': 'Page introuvable',
  'notFound.body': 'Cette adresse ne correspond à aucune page de l’application. Choisissez un module dans le menu.',

  'dashboard.welcome': 'Bonjour {name}',
  'dashboard.vaultTitle': 'Coffre',
  'dashboard.organisation': 'Organisme',
  'dashboard.role': 'Votre rôle',
  'dashboard.path': 'Emplacement',
  'dashboard.createdAt': 'Créé le',
  'dashboard.schemaVersion': 'Version du schéma',
  'dashboard.appVersion': 'Version de l’application',
  'dashboard.cipher': 'Chiffrement',
  'dashboard.size': 'Taille',
  'dashboard.keyId': 'Clé de chiffrement',
  'dashboard.auditHead': 'Empreinte du journal d’audit (ligne {seq})',
  'dashboard.lastBackup': 'Dernière sauvegarde',
  'dashboard.noBackup': 'Aucune sauvegarde pour l’instant.',
  'dashboard.modulesTitle': 'Modules',

  'org.name': 'Raison sociale',
  'org.siren': 'SIREN',
  'org.sirenHint': '9 chiffres ; le dernier est une clé de contrôle.',
  'org.sirenInvalid': 'SIREN invalide : vérifiez les 9 chiffres, le dernier est une clé de contrôle (avis de situation INSEE).',
  'org.street': 'Adresse',
  'org.postalCode': 'Code postal',
  'org.city': 'Ville',
  'org.country': 'Pays',
  'org.dpoName': 'Nom du délégué',
  'org.dpoEmail': 'Courriel du délégué',
  'org.dpoPhone': 'Téléphone du délégué',
  'org.alsaceMoselle': 'Sites en Alsace-Moselle (afficher aussi les échéances avec les jours fériés locaux)',
  'org.updatedAt': 'Dernière mise à jour : {date}',

  'user.username': 'Identifiant',
  'user.usernameHint': 'Lettres minuscules, chiffres, « . », « _ » ou « - » (2 à 40 caractères).',
  'user.displayName': 'Nom affiché',
  'user.role': 'Rôle',

  'pass.passphrase': 'Phrase secrète',
  'pass.toggleVisibility': 'Afficher ou masquer la phrase secrète',
  'pass.confirm': 'Confirmation de la phrase secrète',
  'pass.hint': 'Plusieurs mots sans lien entre eux, au moins {min} caractères. Elle ne peut pas être récupérée : seul le kit de récupération permet de la remplacer.',
  'pass.mismatch': 'Les deux saisies ne correspondent pas : retapez la confirmation.',
  'pass.tooShort': 'Encore {missing} caractère(s) : la phrase secrète doit en compter au moins {min}.',
  'pass.strengthLabel': 'Robustesse estimée : {label}',
  'pass.strength0': 'très faible',
  'pass.strength1': 'faible',
  'pass.strength2': 'moyenne',
  'pass.strength3': 'bonne',
  'pass.strength4': 'excellente',
  'pass.strengthPending': 'calcul en cours…',
  'pass.weakRefused': 'Phrase secrète trop facile à deviner : ajoutez des mots sans lien entre eux.',

  'setup.title': 'Créer le coffre',
  'setup.intro':
    'Première ouverture. Le coffre chiffré réunira tout ce que vous devez pouvoir présenter à la CNIL ; il reste sur ce poste.',
  'setup.organisationSection': 'Organisme',
  'setup.dpoSection': 'Délégué à la protection des données',
  'setup.userSection': 'Votre compte (rôle DPO)',
  'setup.passphraseSection': 'Phrase secrète',
  'setup.submit': 'Créer le coffre',

  'kit.title': 'Votre kit de récupération',
  'kit.intro':
    'Ce kit ouvre le coffre même si toutes les phrases secrètes sont perdues. Il n’est affiché qu’une fois et n’est conservé nulle part en clair : téléchargez le PDF, imprimez-le et rangez-le en lieu sûr, à l’écart du poste.',
  'kit.label': 'Kit de récupération',
  'kit.meta': 'Clé {keyId}, émise le {date}',
  'kit.download': 'Télécharger le PDF',
  'kit.downloaded': 'PDF enregistré : {filename}',
  'kit.confirm': 'J’ai conservé mon kit',
  'kit.confirmHint': 'Cochez la case quand le kit est imprimé ou enregistré en lieu sûr.',
  'kit.continue': 'Continuer',

  'unlock.title': 'Déverrouiller le coffre',
  'unlock.organisation': 'Coffre de {name}',
  'unlock.submit': 'Déverrouiller',
  'unlock.lost': 'J’ai perdu ma phrase secrète',

  'recover.title': 'Récupérer l’accès avec le kit',
  'recover.intro':
    'Saisissez le kit de récupération imprimé à la création du coffre, votre identifiant et une nouvelle phrase secrète : elle remplace l’ancienne.',
  'recover.kit': 'Kit de récupération',
  'recover.kitHint': 'Recopiez tous les groupes de caractères ; espaces et tirets sont acceptés.',
  'recover.newPassphrase': 'Nouvelle phrase secrète',
  'recover.submit': 'Ouvrir le coffre',
  'recover.back': 'Retour au déverrouillage',

  'settings.title': 'Paramètres',
  'settings.section.organisation': 'Organisation',
  'settings.section.users': 'Utilisateurs et rôles',
  'settings.section.passphrase': 'Ma phrase secrète',
  'settings.section.language': 'Langue',
  'settings.section.autolock': 'Verrouillage automatique',
  'settings.section.backups': 'Sauvegardes',
  'settings.section.audit': 'Journal d’audit',

  'users.intro': 'Chaque utilisateur ouvre le coffre avec sa propre phrase secrète ; son rôle limite ce qu’il voit et modifie.',
  'users.listTitle': 'Utilisateurs actifs',
  'users.colUsername': 'Identifiant',
  'users.colDisplayName': 'Nom',
  'users.colRole': 'Rôle',
  'users.colCreated': 'Ajouté le',
  'users.colActions': 'Actions',
  'users.you': 'vous',
  'users.addTitle': 'Ajouter un utilisateur',
  'users.initialPassphrase': 'Phrase secrète initiale',
  'users.initialHint': 'Transmettez-la de vive voix ; l’utilisateur la changera dans Paramètres › Ma phrase secrète.',
  'users.add': 'Ajouter',
  'users.added': 'Utilisateur « {username} » ajouté.',
  'users.remove': 'Retirer',
  'users.removeLabel': 'Retirer {username}',
  'users.removeTitle': 'Retirer {name} ?',
  'users.removeBody':
    'Son emplacement de clé est supprimé : {username} ne pourra plus ouvrir le coffre. L’historique de ses actions reste dans le journal d’audit.',
  'users.removed': 'Utilisateur « {username} » retiré.',

  'passphrase.intro': 'Votre phrase secrète protège votre accès au coffre ; la changer ne réécrit pas les données.',
  'passphrase.current': 'Phrase secrète actuelle',
  'passphrase.next': 'Nouvelle phrase secrète',
  'passphrase.submit': 'Changer ma phrase secrète',
  'passphrase.changed': 'Phrase secrète changée : utilisez-la au prochain déverrouillage.',

  'language.label': 'Langue de l’interface',
  'language.fr': 'Français',
  'language.en': 'English',
  'language.hint': 'Enregistrée sur ce poste. Les documents destinés à la CNIL restent en français.',

  'autolock.minutes': 'Verrouiller après (minutes d’inactivité)',
  'autolock.hint': '0 = jamais. Chaque mouvement de souris ou frappe au clavier remet le compteur à zéro.',
  'autolock.backupKeep': 'Sauvegardes automatiques conservées',
  'autolock.backupKeepHint': 'Nombre de sauvegardes quotidiennes gardées avant rotation (1 à 365).',

  'backups.intro': 'Sauvegardes chiffrées, vérifiées après écriture. Leur manifeste porte l’empreinte du journal d’audit.',
  'backups.note': 'Note (facultative)',
  'backups.create': 'Créer une sauvegarde maintenant',
  'backups.created': 'Sauvegarde créée et vérifiée : {file}.',
  'backups.empty': 'Aucune sauvegarde pour l’instant.',
  'backups.colDate': 'Date',
  'backups.colKind': 'Type',
  'backups.colSize': 'Taille',
  'backups.colHash': 'Empreinte SHA-256',
  'backups.colActions': 'Actions',
  'backups.restore': 'Restaurer',
  'backups.restoreLabel': 'Restaurer la sauvegarde du {date}',
  'backups.restoreTitle': 'Restaurer la sauvegarde du {date} ?',
  'backups.restoreBody':
    'L’état actuel est d’abord sauvegardé (« avant restauration »), puis remplacé par cette sauvegarde. Les modifications faites depuis le {date} disparaîtront du coffre.',
  'backups.restored': 'Sauvegarde restaurée. L’état précédent est conservé dans une sauvegarde « avant restauration ».',
  'backups.kind.manual': 'Manuelle',
  'backups.kind.auto': 'Automatique',
  'backups.kind.pre-migration': 'Avant migration',
  'backups.kind.pre-restore': 'Avant restauration',
  'backups.kind.pre-rekey': 'Avant changement de clé',

  'audit.intro':
    'Chaque modification ajoute une ligne au journal, chaînée à la précédente par une empreinte SHA-256 : une ligne modifiée ou supprimée casse la chaîne.',
  'audit.verify': 'Vérifier le journal',
  'audit.ok': 'Journal intact : {count} ligne(s) vérifiée(s).',
  'audit.bad': 'Journal altéré : première ligne en défaut n° {seq} ({reason}).',
  'audit.head': 'Empreinte de tête (ligne {seq})',

  'boundary.title': 'L’interface a rencontré une erreur',
  'boundary.body':
    'Rien n’a été modifié dans le coffre. Rechargez l’interface ; si l’erreur revient, notez le détail ci-dessous et signalez-le.',
  'boundary.reload': 'Recharger',

  'error.title': 'Opération impossible',
  'error.VALIDATION': 'Certaines informations sont invalides : corrigez les champs signalés puis réessayez.',
  'error.FORBIDDEN': 'Votre rôle ne permet pas cette opération. Demandez-la au délégué à la protection des données.',
  'error.NOT_FOUND': 'L’élément demandé n’existe pas ou a été supprimé.',
  'error.CONFLICT': 'Cet élément existe déjà : choisissez une autre valeur.',
  'error.INVALID_STATE': 'Cette opération n’est pas possible dans l’état actuel de l’élément.',
  'error.UNKNOWN_METHOD': 'Opération inconnue : l’application et le service ne sont pas de la même version.',
  'error.VAULT_LOCKED': 'Le coffre est verrouillé : déverrouillez-le avec votre phrase secrète.',
  'error.VAULT_NOT_FOUND': 'Aucun coffre n’existe à cet emplacement : créez-en un ou indiquez le bon dossier.',
  'error.VAULT_EXISTS': 'Un coffre existe déjà à cet emplacement : ouvrez-le ou choisissez un autre dossier.',
  'error.VAULT_CORRUPT':
    'Le fichier du coffre est endommagé ou a été modifié hors de l’application. Rien n’a été modifié : restaurez la dernière sauvegarde.',
  'error.VAULT_TOO_NEW':
    'Ce coffre a été créé par une version plus récente de DPO Workbench. Il n’a pas été modifié : installez la dernière version.',
  'error.VAULT_BUSY': 'Le coffre est occupé par une autre opération : réessayez dans un instant.',
  'error.WRONG_PASSPHRASE':
    'Nom d’utilisateur ou phrase secrète incorrects. Vérifiez la saisie (majuscules, disposition du clavier) ou utilisez le kit de récupération.',
  'error.WRONG_RECOVERY_KIT': 'Ce kit de récupération ne correspond pas à ce coffre. Vérifiez chaque groupe de caractères.',
  'error.KEYRING_MISSING': 'Le trousseau de clés du coffre est introuvable. Ouvrez le coffre avec le kit de récupération.',
  'error.DISK_FULL': 'Le disque est plein : l’opération a été annulée et rien n’a été modifié. Libérez de l’espace puis réessayez.',
  'error.BACKUP_INVALID': 'Cette sauvegarde est illisible ou altérée : choisissez-en une autre.',
  'error.CANCELLED': 'L’opération a été annulée ; rien n’a été écrit.',
  'error.INTERNAL': 'Erreur inattendue : l’opération a été annulée et rien n’a été modifié. Réessayez ; si l’erreur persiste, signalez-la.',
  ...processorsFr,
  ...ropaFr,
  ...breachesFr,
  ...requestsFr,
  ...controlFr,
  ...dashboardFr,
  ...reportsFr,
  ...linksFr,
  ...listUrlFr,
} satisfies Record<string, string>;

export type MessageKey = keyof typeof fr;
/** The shape every dictionary must have: the same keys as French. */
export type Messages = Record<MessageKey, string>;
