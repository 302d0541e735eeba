import { Injectable, Logger } from '@nestjs/common';
import { CollectivityKind, MembershipStatus } from '@territoria/domain';
import { SYSTEM_ACTOR } from '../../modules/auth/actor.js';
import { CollectivitiesService } from '../../modules/collectivities/collectivities.service.js';

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

  constructor(private readonly collectivities: CollectivitiesService) {}

  async seedIfEmpty(): Promise<void> {
    const existing = await this.collectivities.findPage(
      { membershipStatuses: [MembershipStatus.MEMBER, MembershipStatus.FORMER_MEMBER, MembershipStatus.PROSPECT] },
      undefined,
      { offset: 0, limit: 1 },
    );
    const foreign = await this.collectivities.findPage({ kinds: [CollectivityKind.FOREIGN_LOCAL_GOVERNMENT] }, undefined, {
      offset: 0,
      limit: 1,
    });
    if (existing.totalCount > 0 || foreign.totalCount > 0) return;

    for (const member of MEMBERS) {
      const collectivity = await this.collectivities.findOneByOfficialCode(member.code);
      if (!collectivity) continue;
      await this.collectivities.update(collectivity.id, {
        membershipStatus: MembershipStatus.MEMBER,
        memberSince: member.since,
      }, SYSTEM_ACTOR);
    }
    const marseille = await this.collectivities.findOneByOfficialCode({ kind: 'COMMUNE', inseeCode: '13055' });
    if (marseille) await this.collectivities.update(marseille.id, { membershipStatus: MembershipStatus.PROSPECT }, SYSTEM_ACTOR);
    const toulouse = await this.collectivities.findOneByOfficialCode({ kind: 'COMMUNE', inseeCode: '31555' });
    if (toulouse) {
      await this.collectivities.update(toulouse.id, {
        membershipStatus: MembershipStatus.FORMER_MEMBER,
        memberSince: '1996-01-01',
        memberUntil: '2019-12-31',
      }, SYSTEM_ACTOR);
    }
    for (const partner of FOREIGN) {
      await this.collectivities.create({
        ...partner,
        kind: CollectivityKind.FOREIGN_LOCAL_GOVERNMENT,
        membershipStatus: MembershipStatus.NONE,
      }, SYSTEM_ACTOR);
    }
    this.logger.log(`Demo data: ${MEMBERS.length} members, ${FOREIGN.length} foreign local governments`);
  }
}
