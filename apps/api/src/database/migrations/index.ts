import { SearchFunctions1764201600000 } from './1764201600000-SearchFunctions.js';
import { CreateCollectivities1795738585211 } from './1795738585211-CreateCollectivities.js';
import { AccessControl1795740405651 } from './1795740405651-AccessControl.js';
import { ContactsAndGroups1795740947338 } from './1795740947338-ContactsAndGroups.js';
import { PartnersAndDues1795742274044 } from './1795742274044-PartnersAndDues.js';
import { EventsAndParticipation1795749962012 } from './1795749962012-EventsAndParticipation.js';
import { ReadPath1795800000000 } from './1795800000000-ReadPath.js';
import { ParticipationImports1796190276982 } from './1796190276982-ParticipationImports.js';
import { SignInAttempts1796190400000 } from './1796190400000-SignInAttempts.js';
import { EditionTallies1796200000000 } from './1796200000000-EditionTallies.js';
import { IncrementalSync1797200000000 } from './1797200000000-IncrementalSync.js';
import { Webhooks1797300000000 } from './1797300000000-Webhooks.js';
import { Mailings1797400000000 } from './1797400000000-Mailings.js';
import { Letterhead1797500000000 } from './1797500000000-Letterhead.js';
import { MailingAttachments1797600000000 } from './1797600000000-MailingAttachments.js';

/** In order. A migration, once landed, is never edited: add a new one. */
export const migrations = [
  SearchFunctions1764201600000,
  CreateCollectivities1795738585211,
  AccessControl1795740405651,
  ContactsAndGroups1795740947338,
  PartnersAndDues1795742274044,
  EventsAndParticipation1795749962012,
  ReadPath1795800000000,
  ParticipationImports1796190276982,
  SignInAttempts1796190400000,
  EditionTallies1796200000000,
  IncrementalSync1797200000000,
  Webhooks1797300000000,
  Mailings1797400000000,
  Letterhead1797500000000,
  MailingAttachments1797600000000,
];
