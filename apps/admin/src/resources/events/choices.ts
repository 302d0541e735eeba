import { ParticipationRole, ParticipationStatus } from '@territoria/domain';

/** Participant(e), Intervenant(e), Délégation étrangère… (translation keys). */
export const participationRoleChoices = Object.values(ParticipationRole).map((role) => ({
  id: role,
  name: `territoria.participationRoles.${role}`,
}));

/** Inscrit(e), Présent(e), Annulée, Absent(e) (translation keys). */
export const participationStatusChoices = Object.values(ParticipationStatus).map((status) => ({
  id: status,
  name: `territoria.participationStatuses.${status}`,
}));
