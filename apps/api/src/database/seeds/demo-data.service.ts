import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CollectivityKind, ConsentStatus, MembershipStatus } from '@territoria/domain';
import { SYSTEM_ACTOR } from '../../common/access/actor.js';
import { CollectivitiesService } from '../../modules/collectivities/collectivities.service.js';
import { ContactsService } from '../../modules/contacts/contacts.service.js';
import { GroupsService } from '../../modules/groups/groups.service.js';
import { CooperationsService } from '../../modules/cooperations/cooperations.service.js';
import { MembershipsService } from '../../modules/memberships/memberships.service.js';
import { PartnersService } from '../../modules/partners/partners.service.js';
import { EDITION_2021, seedEdition, seedEdition2021, seedEditionParticipants, SHAPE_2021 } from './rencontres.js';
import { DEMO_COOPERATIONS, DEMO_FEE_BRACKETS, DEMO_GROUPS, DEMO_PARTNERS, DEMO_PEOPLE } from './demo-groups.js';

type OfficialCode = { kind: CollectivityKind; inseeCode: string } | { siren: string };

const MEMBERS: { code: OfficialCode; since: string }[] = [
  { code: { kind: 'COMMUNE', inseeCode: '21231' }, since: '1979-03-12' }, // Dijon: its mayor presides the association
  { code: { siren: '242100410' }, since: '2015-06-01' }, // Dijon Métropole
  { code: { kind: 'COMMUNE', inseeCode: '75056' }, since: '1975-10-01' }, // Paris
  { code: { kind: 'COMMUNE', inseeCode: '69123' }, since: '1981-01-15' }, // Lyon
  { code: { kind: 'COMMUNE', inseeCode: '67482' }, since: '1990-05-04' }, // Strasbourg
  { code: { kind: 'COMMUNE', inseeCode: '44109' }, since: '1992-09-21' }, // Nantes
  { code: { kind: 'COMMUNE', inseeCode: '35238' }, since: '1998-02-02' }, // Rennes
  { code: { kind: 'COMMUNE', inseeCode: '38185' }, since: '2003-11-17' }, // Grenoble
  { code: { kind: 'COMMUNE', inseeCode: '93048' }, since: '2008-04-07' }, // Montreuil
  { code: { kind: 'REGION', inseeCode: '27' }, since: '2016-03-01' }, // Bourgogne-Franche-Comté
  { code: { kind: 'REGION', inseeCode: '53' }, since: '2001-06-12' }, // Bretagne
  { code: { kind: 'DEPARTMENT', inseeCode: '35' }, since: '2010-01-25' }, // Ille-et-Vilaine
  { code: { kind: 'DEPARTMENT', inseeCode: '974' }, since: '2012-07-09' }, // La Réunion
];

const FOREIGN = [
  { name: 'District de Bamako', countryCode: 'ML', population: 2_810_000, website: 'https://www.bamako.ml' },
  { name: 'Commune de Saint-Louis', countryCode: 'SN', population: 254_000 },
  { name: 'Commune de Ouagadougou', countryCode: 'BF', population: 2_415_000 },
  { name: 'Municipalité de Ramallah', countryCode: 'PS', population: 38_998 },
  { name: 'Municipalité de Beyrouth', countryCode: 'LB', population: 361_366 },
  { name: 'Préfecture de Kyoto', countryCode: 'JP', population: 2_550_000 },
];

/** Demo members and foreign partners for a first look at the product; runs once, on an empty CRM. */
@Injectable()
export class DemoDataService {
  private readonly logger = new Logger(DemoDataService.name);

  constructor(
    private readonly collectivities: CollectivitiesService,
    private readonly contacts: ContactsService,
    private readonly groups: GroupsService,
    private readonly cooperations: CooperationsService,
    private readonly partners: PartnersService,
    private readonly memberships: MembershipsService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async seedIfEmpty(): Promise<void> {
    if (await this.collectivities.hasStaffEnteredRows()) return;

    for (const member of MEMBERS) {
      const collectivity = await this.collectivities.findOneByOfficialCode(member.code);
      if (!collectivity) continue;
      await this.collectivities.update(
        collectivity.id,
        {
          membershipStatus: MembershipStatus.MEMBER,
          memberSince: member.since,
        },
        SYSTEM_ACTOR,
      );
    }
    const marseille = await this.collectivities.findOneByOfficialCode({ kind: 'COMMUNE', inseeCode: '13055' });
    if (marseille) await this.collectivities.update(marseille.id, { membershipStatus: MembershipStatus.PROSPECT }, SYSTEM_ACTOR);
    const toulouse = await this.collectivities.findOneByOfficialCode({ kind: 'COMMUNE', inseeCode: '31555' });
    if (toulouse) {
      await this.collectivities.update(
        toulouse.id,
        {
          membershipStatus: MembershipStatus.FORMER_MEMBER,
          memberSince: '1996-01-01',
          memberUntil: '2019-12-31',
        },
        SYSTEM_ACTOR,
      );
    }
    const foreignIds = new Map<string, string>();
    for (const partner of FOREIGN) {
      const created = await this.collectivities.create(
        {
          ...partner,
          kind: CollectivityKind.FOREIGN_LOCAL_GOVERNMENT,
          membershipStatus: MembershipStatus.NONE,
        },
        SYSTEM_ACTOR,
      );
      foreignIds.set(partner.name, created.id);
    }
    await this.seedPeopleAndGroups();
    await this.seedPartnersAndDues();
    for (const cooperation of DEMO_COOPERATIONS) {
      const french = await this.collectivities.findOneByOfficialCode(cooperation.french);
      const foreign = foreignIds.get(cooperation.foreign);
      if (!french || !foreign) continue;
      await this.cooperations.create(
        {
          frenchCollectivityId: french.id,
          foreignCollectivityId: foreign,
          kind: cooperation.kind,
          since: cooperation.since,
          themes: cooperation.themes,
        },
        SYSTEM_ACTOR,
      );
    }
    await this.seedRencontres();
    this.logger.log(
      `Demo data: ${MEMBERS.length} members, ${FOREIGN.length} foreign local governments, ${DEMO_PEOPLE.length} positions, ${DEMO_GROUPS.length} groups, 4 editions of the Rencontres`,
    );
  }

  /** The 12th Rencontres as the press release tells them, two earlier editions and the next one, open for registration. */
  private async seedRencontres(): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const editions = [
        {
          editionNumber: 10,
          year: 2019,
          startsOn: '2019-07-02',
          shape: { frenchCollectivities: 110, others: 120, firstPerson: 200 },
        },
        {
          editionNumber: 11,
          year: 2020,
          startsOn: '2020-10-06',
          shape: { frenchCollectivities: 80, others: 70, firstPerson: 400 },
        },
      ];
      for (const edition of editions) {
        const id = await seedEdition(manager, {
          ...EDITION_2021,
          editionNumber: edition.editionNumber,
          year: edition.year,
          title: `${edition.editionNumber}e Rencontres de l'action internationale des collectivités territoriales`,
          startsOn: edition.startsOn,
          endsOn: edition.startsOn,
          theme: null as unknown as string,
          hashtag: `#RencontresAICT${edition.year}`,
        });
        await seedEditionParticipants(manager, id, edition.startsOn, {
          ...SHAPE_2021,
          ...edition.shape,
          delegationCountries: SHAPE_2021.delegationCountries.slice(0, 10),
          embassyCountries: SHAPE_2021.embassyCountries.slice(0, 12),
        });
      }
      await seedEdition2021(manager);
      const nextYear = new Date().getFullYear() + 1;
      const next = await seedEdition(manager, {
        ...EDITION_2021,
        editionNumber: 12 + nextYear - 2021,
        year: nextYear,
        title: `Rencontres de l'action internationale des collectivités territoriales ${nextYear}`,
        startsOn: `${nextYear}-06-29`,
        endsOn: `${nextYear}-06-29`,
        theme: null as unknown as string,
        hashtag: `#RencontresAICT${nextYear}`,
      });
      await seedEditionParticipants(manager, next, `${nextYear}-06-29`, {
        ...SHAPE_2021,
        frenchCollectivities: 40,
        delegationCountries: SHAPE_2021.delegationCountries.slice(0, 3),
        embassyCountries: SHAPE_2021.embassyCountries.slice(0, 4),
        peoplePerPartner: 1,
        others: 20,
        cancelled: 2,
        past: false,
        firstPerson: 100,
      });
    });
  }

  private async seedPartnersAndDues(): Promise<void> {
    for (const definition of DEMO_PARTNERS) {
      const { partnerships, ...fields } = definition;
      const partner = await this.partners.create(fields, SYSTEM_ACTOR);
      for (const partnership of partnerships) {
        await this.partners.createPartnership({ ...partnership, partnerId: partner.id }, SYSTEM_ACTOR);
      }
    }
    const thisYear = new Date().getFullYear();
    for (let year = thisYear - 2; year <= thisYear; year++) {
      await this.memberships.setFeeScale({ year, dueOn: `${year}-03-31`, brackets: DEMO_FEE_BRACKETS }, SYSTEM_ACTOR);
      await this.memberships.generateDues(year, SYSTEM_ACTOR, `${year}-01-15`);
    }
    // Most members paid the past years; two did not, and show up in arrears.
    const past = await this.memberships.feesOfYear(thisYear - 2);
    const lastYear = await this.memberships.feesOfYear(thisYear - 1);
    const unpaid = new Set(past.slice(0, 2).map((fee) => fee.collectivityId));
    const toPay = [...past, ...lastYear].filter((fee) => !unpaid.has(fee.collectivityId));
    for (const year of [thisYear - 2, thisYear - 1]) {
      const ids = toPay.filter((fee) => fee.year === year).map((fee) => fee.id);
      if (ids.length)
        await this.memberships.markPaid({ ids, paidOn: `${year}-04-15`, paymentReference: `VIR-${year}` }, SYSTEM_ACTOR);
    }
  }

  private async seedPeopleAndGroups(): Promise<void> {
    const collectivityId = async (code: OfficialCode) => (await this.collectivities.findOneByOfficialCode(code))?.id;
    const people = new Map<string, string>();
    for (const person of DEMO_PEOPLE) {
      const at = await collectivityId(person.at);
      if (!at) continue;
      const position = { collectivityId: at, title: person.title, kind: person.kind, startedOn: person.since };
      const existing = [...people.entries()].find(([key]) => person.key.startsWith(`${key}-`))?.[1];
      if (existing) {
        await this.contacts.createPosition({ ...position, contactId: existing }, SYSTEM_ACTOR);
        continue;
      }
      const contact = await this.contacts.create(
        {
          civility: person.civility,
          firstName: person.firstName,
          lastName: person.lastName,
          email: `${person.firstName}.${person.lastName}@exemple.fr`
            .toLowerCase()
            .normalize('NFD')
            .replace(/[\u0300-\u036f]/g, '')
            .replace(/[^a-z.@]/g, ''),
          consentStatus: person.consent ? ConsentStatus.GIVEN : ConsentStatus.UNKNOWN,
          consentSource: person.consent ? 'formulaire des Rencontres' : null,
          position,
          confirmNotDuplicate: true,
        },
        SYSTEM_ACTOR,
      );
      people.set(person.key, contact.id);
    }
    for (const definition of DEMO_GROUPS) {
      const group = await this.groups.create(
        definition.countries
          ? { name: definition.name, countries: definition.countries, allowsCoPresidency: definition.allowsCoPresidency ?? false }
          : { name: definition.name, theme: definition.theme!, allowsCoPresidency: definition.allowsCoPresidency ?? false },
        SYSTEM_ACTOR,
      );
      const members = (await Promise.all(definition.members.map(collectivityId))).filter((id): id is string => !!id);
      await this.groups.addMembers(group.id, members, '2019-01-01', SYSTEM_ACTOR);
      for (const officer of definition.officers) {
        const contactId = people.get(officer.person);
        if (contactId) {
          await this.groups.assignOfficer(
            { groupId: group.id, contactId, role: officer.role, startedOn: officer.since },
            SYSTEM_ACTOR,
          );
        }
      }
    }
  }
}
