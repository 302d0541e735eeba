/** The badge scan at the check-in desk (ScanCheckIn.tsx). */
const fr = {
  checkInScan: {
    checkedIn: 'Badge lu : arrivée de %{name} enregistrée.',
    already: 'Badge lu : %{name} était déjà arrivé(e) à %{time}.',
    unknown: "Badge inconnu : ce code n'est celui d'aucune inscription. Personne n'a été enregistré.",
    otherEdition: "Ce badge (%{name}) est celui d'une autre édition. Personne n'a été enregistré.",
  },
};

const en: typeof fr = {
  checkInScan: {
    checkedIn: 'Badge read: %{name} checked in.',
    already: 'Badge read: %{name} had already arrived at %{time}.',
    unknown: 'Unknown badge: this code is no registration’s. Nobody was checked in.',
    otherEdition: 'This badge (%{name}) belongs to another edition. Nobody was checked in.',
  },
};

export const checkInScanMessages = { fr, en };
