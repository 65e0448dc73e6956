/**
 * Page furniture: lines that belong to the site around an article, not to the article.
 * Each pattern is tested against one whole, trimmed line (see furniture.ts for the length and
 * position checks around it). Add phrases here, not in code.
 *
 * `zone`: a heading that opens a block of furniture (teasers, comments, tags, contact forms,
 *   the contacts after a press release): when nothing like article prose follows, everything
 *   from it to the end goes.
 * `end`: after the article has started, nothing below it is the article, even long prose
 *   (reader comments are prose): comment sections, the "-30-" closing a press release.
 * `line`: drop just this line, wherever it is.
 */
export interface FurniturePhrase {
  re: RegExp;
  kind: FurnitureKind;
}

export type FurnitureKind = 'end' | 'zone' | 'line';

const end = (re: RegExp): FurniturePhrase => ({ re, kind: 'end' });
const zone = (re: RegExp): FurniturePhrase => ({ re, kind: 'zone' });
const line = (re: RegExp): FurniturePhrase => ({ re, kind: 'line' });

export const FURNITURE_PHRASES: FurniturePhrase[] = [
  // Teaser headings: other stories of the same site, usually headline + one-sentence summary pairs.
  zone(/^(?:À|A) la une\s*:?$/i),
  zone(/^(?:(?:À|A) )?lire (?:aussi|également|ensuite)\s*:?$/i),
  zone(/^(?:Articles?|Nouvelles|Billets) (?:populaires|similaires|reliés|liés|connexes|récents|recommandés)\s*:?$/i),
  zone(/^(?:Sur le même sujet|Dans la même catégorie|Les plus (?:lus|populaires|partagés|commentés)|Plus de nouvelles|Autres (?:articles|nouvelles)|Nos suggestions|Vous (?:aimerez|pourriez aimer) aussi|(?:Ces articles|Ceci) pourrai(?:en)?t vous intéresser)\b.{0,20}$/i),
  zone(/^(?:Related|Recent|Popular|More|Recommended|Trending) (?:articles|stories|posts|news|reads)\s*:?$/i),
  zone(/^(?:Read (?:more|next|also)|See also|You (?:may|might) also like|Most (?:read|popular))\s*:?$/i),
  // Inline pointers to another story ("Lire aussi : Le titre d’un autre article"): that line only.
  line(/^(?:(?:À|A) )?lire (?:aussi|également)\s*:/i),
  line(/^(?:Read (?:more|also)|See also|Related)\s*:/i),

  // Comment sections and their forms.
  end(/^\d+\s+(?:commentaires?|comments?|réponses?|replies|responses?)$/i),
  end(/^(?:Commentaires?|Comments?|Réactions?)\s*(?:\(\d+\))?\s*:?$/i),
  end(/^(?:Laisser|Laissez|Ajouter|Écrire) (?:une réponse|un commentaire|votre commentaire)/i),
  end(/^(?:Leave a (?:reply|comment)|Add a comment|Post a comment|Join the discussion)/i),
  end(/^(?:Votre adresse (?:courriel|e-mail|de messagerie)|Your email address) (?:ne sera pas publiée|will not be published)/i),

  // Tags and categories lists close articles on blogs ("Tags:", "Mots-clés : PME, IA").
  zone(/^(?:Tags?|Mots[- ]clés|Étiquettes?|Catégories?|Categories?|Sujets?|Topics?)\s*:/i),

  // Contact forms ("Contactez-moi", then "Je tenterai de vous répondre…").
  zone(/^(?:Contactez[- ](?:nous|moi)|Contact(?:ez)?(?: us)?|Nous joindre|Écrivez[- ](?:nous|moi))\s*:?$/i),

  // End of a press release ("-30-", "###"): what follows is contacts and boilerplate.
  end(/^[-–—]\s*30\s*[-–—]$/),
  end(/^#{3}$/),
  zone(/^(?:Renseignements|Pour (?:plus d['’]information|information|renseignements)|Information|Media contacts?|Contacts? (?:médias?|de presse)|Relations (?:de presse|médias))\s*(?::|$)/i),

  // Sharing buttons, alone or in a row ("Facebook Twitter LinkedIn Courriel").
  line(/^(?:Partager|Partagez|Share)(?: (?:cet |l['’])article| (?:this|cette)(?: article| story| nouvelle)?| sur \p{L}+)?\s*:?$/iu),
  line(/^(?:(?:Facebook|Twitter|X|LinkedIn|Courriel|E-?mail|Imprimer|Print|Pinterest|WhatsApp|Reddit|Messenger|Partager|Copier le lien|Copy link)[\s|·•,/]*)+$/i),

  // Account and login boxes.
  line(/^(?:Vous connecter|Se connecter|Connectez-vous|Log ?in|Sign ?in)\b.{0,40}$/i),
  line(/^(?:Connexion|Déconnexion|Log ?out|Mon compte|My account)$/i),
  line(/^(?:Créer (?:un|votre) compte|Create (?:an )?Account|S['’]inscrire|Sign ?up|Register)$/i),
  line(/^(?:Mot de passe oublié|Vous avez oublié|Forgot (?:your )?password|Lost your password)/i),
  line(/^(?:Nom d['’]utilisateur|Mot de passe|Username|Password|Se souvenir de moi|Remember me)\s*\*?:?$/i),
  line(/^(?:ou|or)$/i), // the lone "ou" between two login buttons

  // Subscriptions: calls to subscribe, even as a full sentence; newsletter boxes.
  line(/^(?:Abonnez-vous|Inscrivez-vous|Abonnement|S['’]abonner|Subscribe|Sign up for)\b/i),
  // A sentence about a newsletter ("L’infolettre compte 500 abonnés.") is news: only calls to
  // action and unpunctuated box titles are furniture.
  line(/^(?=.*\b(?:infolettres?|newsletters?)\b)(?=.*(?:abonnez|inscrivez|recevez|recevoir|subscribe|sign up|votre (?:adresse )?courriel|your e-?mail)).{0,220}$/i),
  line(/^(?:Notre |Nos |L['’]|La |Les )?(?:infolettres?|newsletters?)\b[^.!?]{0,40}$/i),

  // Legal footer.
  line(/©|\(c\)\s*\d{4}|^Copyright\b|\bCopyright\s+\d{4}|Tous droits réservés|All rights reserved/i),
  line(/^(?:Politique de confidentialité|Conditions d['’]utilisation|Privacy policy|Terms of (?:use|service)|Plan du site|Site map|À propos|About us|Publicité|Annoncez avec nous)$/i),

  // Site chrome: skip links, menus, buttons, form states.
  line(/^(?:Aller (?:à|au) (?:la barre d['’]outils|contenu|menu)|Passer au contenu|Skip to (?:main )?content)/i),
  line(/^(?:Menu|Rechercher|Recherche|Search|Accueil|Home|Retour en haut|Back to top|Fermer|Close|Suivant|Précédent|Next|Previous|Voir plus|Charger plus|Load more|En cours d['’]envoi|Envoyer|Submit|Publicité|Advertisement|Annonce|Sponsored)$/i),

  // Section labels a site prints above or inside teasers ("EXPERT INVITÉ", "CHRONIQUE").
  line(/^(?:EXPERT INVITÉ|EXPERTE INVITÉE|CHRONIQUE|OPINION|ANALYSE|BILLET|COMMANDITÉ|CONTENU COMMANDITÉ|PUBLIREPORTAGE|PARTENAIRE)\.?$/),

  // Photo credits and captions: "Photo : Courtoisie", "La présidente, Nicole X. (Photo: ADTQ)".
  line(/^(?:Photos?|Crédits? photos?|Source photo|Illustration|Image|Photo ?credit)\s*:.{0,80}$/i),
  line(/\((?:Photos?|Crédits? photos?|Photo ?credit|Illustration|Image)\s*:[^)]{0,80}\)\s*$/i),

  // Source citations ("Sources : https://… et https://…"). Decision: furniture. They name the
  // outlets a post was drawn from, not what it reports, and URLs are noise for extraction.
  line(/^Sources?\s*:/i),
];
