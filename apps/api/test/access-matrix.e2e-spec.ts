import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { API_SCOPES, type ApiScope } from '@territoria/domain';
import { everyOperation, type OperationCall } from './support/operation-documents.js';
import { startTestApp, type Credentials, type TestApp } from './support/test-app.js';

/** Who may call each operation. An operation missing here fails the test: every new one needs a rule. */
/**
 * read: every signed-in role and tokens holding the scope; staffRead: the staff and tokens holding the scope;
 * ANY_READER: every signed-in role and every token (each reads what its scopes allow).
 */
type Rule = 'PUBLIC' | 'SIGNED_IN' | 'STAFF' | 'ADMIN' | 'ANY_READER' | { read: ApiScope } | { staffRead: ApiScope };
const RULES: Record<string, Rule> = {
  'Query.collectivities': { read: 'collectivities:read' },
  'Query.collectivity': { read: 'collectivities:read' },
  'Query.me': 'SIGNED_IN',
  'Query.history': 'STAFF',
  'Query.auditEntries': 'ADMIN',
  'Query.users': 'ADMIN',
  'Query.user': 'ADMIN',
  'Query.apiTokens': 'ADMIN',
  'Query.apiScopes': 'ADMIN',
  'Mutation.signIn': 'PUBLIC',
  'Mutation.signOut': 'PUBLIC',
  'Mutation.changeMyPassword': 'SIGNED_IN',
  'Mutation.createCollectivity': 'STAFF',
  'Mutation.updateCollectivity': 'STAFF',
  'Mutation.deleteCollectivity': 'STAFF',
  'Mutation.createUser': 'ADMIN',
  'Mutation.updateUser': 'ADMIN',
  'Mutation.createApiToken': 'ADMIN',
  'Mutation.revokeApiToken': 'ADMIN',
  'Query.webhookEndpoints': 'ADMIN',
  'Query.webhookEndpoint': 'ADMIN',
  'Query.webhookEventTypes': 'ADMIN',
  'Query.webhookDeliveries': 'ADMIN',
  'Mutation.createWebhookEndpoint': 'ADMIN',
  'Mutation.updateWebhookEndpoint': 'ADMIN',
  'Mutation.deleteWebhookEndpoint': 'ADMIN',
  'Mutation.replayWebhookDelivery': 'ADMIN',
  'Query.contact': { read: 'contacts:read' },
  'Query.contacts': { read: 'contacts:read' },
  'Query.possibleDuplicateContacts': 'STAFF',
  'Mutation.createContact': 'STAFF',
  'Mutation.updateContact': 'STAFF',
  'Mutation.mergeContacts': 'STAFF',
  'Mutation.exportContactData': 'ADMIN',
  'Mutation.eraseContact': 'ADMIN',
  'Mutation.createPosition': 'STAFF',
  'Mutation.updatePosition': 'STAFF',
  'Mutation.deletePosition': 'STAFF',
  'Query.group': { read: 'collectivities:read' },
  'Query.groups': { read: 'collectivities:read' },
  'Mutation.createCountryGroup': 'STAFF',
  'Mutation.createThematicGroup': 'STAFF',
  'Mutation.updateGroup': 'STAFF',
  'Mutation.deleteGroup': 'STAFF',
  'Mutation.addGroupMembers': 'STAFF',
  'Mutation.removeGroupMember': 'STAFF',
  'Mutation.assignGroupOfficer': 'STAFF',
  'Mutation.endGroupOffice': 'STAFF',
  'Mutation.createCooperation': 'STAFF',
  'Mutation.updateCooperation': 'STAFF',
  'Mutation.deleteCooperation': 'STAFF',
  'Query.partner': 'STAFF',
  'Query.partners': 'STAFF',
  'Query.partnership': 'STAFF',
  'Query.partnerships': 'STAFF',
  'Query.tombstones': 'ANY_READER',
  'Query.partnershipTotals': 'STAFF',
  'Mutation.createPartner': 'STAFF',
  'Mutation.updatePartner': 'STAFF',
  'Mutation.deletePartner': 'STAFF',
  'Mutation.createPartnership': 'STAFF',
  'Mutation.updatePartnership': 'STAFF',
  'Mutation.deletePartnership': 'STAFF',
  'Query.feeScale': 'STAFF',
  'Query.feeScales': 'STAFF',
  'Mutation.setFeeScale': 'ADMIN',
  'Query.letterhead': 'STAFF',
  'Mutation.updateLetterhead': 'ADMIN',
  'Mutation.generateDues': 'STAFF',
  'Query.membershipFees': 'STAFF',
  'Query.duesTotals': 'STAFF',
  'Query.membersInArrears': 'STAFF',
  'Mutation.markFeesPaid': 'STAFF',
  'Mutation.waiveFee': 'STAFF',
  'Query.memberCountsByRegion': { staffRead: 'collectivities:read' },
  'Query.eventSeries': { read: 'events:read' },
  'Query.events': { read: 'events:read' },
  'Query.event': { read: 'events:read' },
  'Query.participations': { read: 'events:read' },
  'Query.participation': { read: 'events:read' },
  'Query.eventStatistics': { staffRead: 'events:read' },
  'Query.eventTrend': { staffRead: 'events:read' },
  'Query.labels': { staffRead: 'events:read' },
  'Query.labelAwards': { staffRead: 'events:read' },
  'Mutation.createEventSeries': 'STAFF',
  'Mutation.updateEventSeries': 'STAFF',
  'Mutation.createEvent': 'STAFF',
  'Mutation.updateEvent': 'STAFF',
  'Mutation.deleteEvent': 'STAFF',
  'Mutation.createEventSession': 'STAFF',
  'Mutation.updateEventSession': 'STAFF',
  'Mutation.deleteEventSession': 'STAFF',
  'Mutation.createParticipation': 'STAFF',
  'Mutation.updateParticipation': 'STAFF',
  'Mutation.deleteParticipation': 'STAFF',
  'Mutation.checkInParticipation': 'STAFF',
  'Mutation.undoCheckIn': 'STAFF',
  'Mutation.markAbsentees': 'STAFF',
  'Mutation.createLabel': 'STAFF',
  'Mutation.awardLabel': 'STAFF',
  'Mutation.updateLabelAward': 'STAFF',
  'Mutation.deleteLabelAward': 'STAFF',
  'Mutation.previewParticipationImport': 'STAFF',
  'Mutation.commitParticipationImport': 'STAFF',
  'Query.participationImports': 'STAFF',
  'Query.mailSettings': 'STAFF',
  'Query.mailing': 'STAFF',
  'Query.mailingPreview': 'STAFF',
  'Query.mailingRecipients': 'STAFF',
  'Query.mailings': 'STAFF',
  'Mutation.createMailing': 'STAFF',
  'Mutation.deleteMailing': 'STAFF',
  'Mutation.deleteMailingAttachment': 'STAFF',
  'Mutation.sendMailing': 'STAFF',
  'Mutation.sendTestMailing': 'STAFF',
  'Mutation.updateMailing': 'STAFF',
  'Mutation.undoParticipationImport': 'STAFF',
  'Query.checkInSearch': 'STAFF',
  'Mutation.registerWalkIn': 'STAFF',
  'Mutation.setParticipationsStatus': 'STAFF',
  'Mutation.deleteParticipations': 'STAFF',
};

type Caller =
  | 'ADMIN'
  | 'STAFF'
  | 'GROUP_PRESIDENT'
  | 'TOKEN_WITH_SCOPES'
  | 'TOKEN_WITHOUT_SCOPE'
  | 'ANONYMOUS'
  | 'REVOKED_TOKEN'
  | 'EXPIRED_TOKEN'
  | 'ENDED_SESSION';
const CALLERS: Caller[] = [
  'ADMIN',
  'STAFF',
  'GROUP_PRESIDENT',
  'TOKEN_WITH_SCOPES',
  'TOKEN_WITHOUT_SCOPE',
  'ANONYMOUS',
  'REVOKED_TOKEN',
  'EXPIRED_TOKEN',
  'ENDED_SESSION',
];
const UNAUTHENTICATED_CALLERS: Caller[] = ['ANONYMOUS', 'REVOKED_TOKEN', 'EXPIRED_TOKEN', 'ENDED_SESSION'];

function allowed(rule: Rule, caller: Caller): boolean {
  if (rule === 'PUBLIC') return true;
  if (rule === 'SIGNED_IN') return ['ADMIN', 'STAFF', 'GROUP_PRESIDENT'].includes(caller);
  if (rule === 'STAFF') return ['ADMIN', 'STAFF'].includes(caller);
  if (rule === 'ADMIN') return caller === 'ADMIN';
  if (rule === 'ANY_READER') return !UNAUTHENTICATED_CALLERS.includes(caller);
  if ('staffRead' in rule) return ['ADMIN', 'STAFF', 'TOKEN_WITH_SCOPES'].includes(caller);
  return ['ADMIN', 'STAFF', 'GROUP_PRESIDENT', 'TOKEN_WITH_SCOPES'].includes(caller);
}

/** The scope a token needs for an operation (none for the ones tokens may never call). */
function scopeOf(rule: Rule): ApiScope | undefined {
  return typeof rule === 'object' ? ('read' in rule ? rule.read : rule.staffRead) : undefined;
}

describe('authorisation matrix: every operation of the schema, every kind of caller', () => {
  let api: TestApp;
  let operations: OperationCall[];
  const credentials = {} as Record<Caller, Credentials>;
  // For each scope, a token holding every other scope: "without the scope" means without the one that matters.
  const tokensLacking = new Map<ApiScope | undefined, Credentials>();

  beforeAll(async () => {
    api = await startTestApp();
    operations = everyOperation(api.app.get(GraphQLSchemaHost).schema);
    credentials.ADMIN = { cookie: (await api.userWithRole('ADMIN')).cookie };
    credentials.STAFF = { cookie: (await api.userWithRole('STAFF')).cookie };
    credentials.GROUP_PRESIDENT = { cookie: (await api.userWithRole('GROUP_PRESIDENT')).cookie };
    credentials.TOKEN_WITH_SCOPES = {
      token: (await api.apiToken(['collectivities:read', 'contacts:read', 'events:read'])).token,
    };
    for (const scope of [undefined, ...API_SCOPES]) {
      tokensLacking.set(scope, {
        token: (await api.apiToken(API_SCOPES.filter((other) => other !== scope && other !== 'contacts:all'))).token,
      });
    }
    credentials.ANONYMOUS = { anonymous: true };
    const revoked = await api.apiToken(['collectivities:read']);
    await api.graphql('mutation($id: ID!) { revokeApiToken(id: $id) { id } }', { id: revoked.id });
    credentials.REVOKED_TOKEN = { token: revoked.token };
    const expired = await api.apiToken(['collectivities:read']);
    await api.dataSource.query(`UPDATE api_tokens SET expires_at = now() - interval '1 minute' WHERE id = $1`, [expired.id]);
    credentials.EXPIRED_TOKEN = { token: expired.token };
    const ended = await api.userWithRole('ADMIN');
    await api.dataSource.query(`UPDATE sessions SET expires_at = now() - interval '1 minute' WHERE user_id = $1`, [ended.id]);
    credentials.ENDED_SESSION = { cookie: ended.cookie };
  });
  afterAll(async () => {
    await api.close();
  });

  it('has a rule for every operation the API exposes', () => {
    expect(operations.map((operation) => operation.name).filter((name) => !(name in RULES))).toEqual([]);
    expect(Object.keys(RULES).filter((name) => !operations.some((operation) => operation.name === name))).toEqual([]);
  });

  it('allows and refuses exactly as the rules say', async () => {
    const mismatches: string[] = [];
    // Signing out ends the caller's session: it goes last.
    const ordered = [...operations].sort((a, b) => Number(a.name === 'Mutation.signOut') - Number(b.name === 'Mutation.signOut'));
    for (const operation of ordered) {
      for (const caller of CALLERS) {
        const variables =
          operation.name === 'Mutation.signIn' ? { ...operation.variables, email: `${caller}@matrix.test` } : operation.variables;
        const callerCredentials =
          caller === 'TOKEN_WITHOUT_SCOPE' ? tokensLacking.get(scopeOf(RULES[operation.name]!))! : credentials[caller];
        const response = await api.graphql(operation.query, variables, callerCredentials);
        const codes = (response.errors ?? []).map((error) => error.extensions.code);
        const refusedAs = codes.find((code) => code === 'FORBIDDEN' || code === 'UNAUTHENTICATED');
        const expectAllowed = allowed(RULES[operation.name]!, caller);
        // Signing in with a wrong password answers UNAUTHENTICATED from inside the resolver: reaching it is what counts.
        const reachedSignIn =
          operation.name === 'Mutation.signIn' && response.errors?.[0]?.message === 'Wrong email or password.';
        if (expectAllowed && refusedAs && !reachedSignIn)
          mismatches.push(`${operation.name} refused to ${caller} (${refusedAs})`);
        if (!expectAllowed) {
          const expected = UNAUTHENTICATED_CALLERS.includes(caller) ? 'UNAUTHENTICATED' : 'FORBIDDEN';
          const answered = (response.data as Record<string, unknown> | null)?.[operation.name.split('.')[1]!] != null;
          if (refusedAs !== expected || answered)
            mismatches.push(`${operation.name} for ${caller}: expected ${expected}, got ${codes.join(',') || 'data'}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });
});
