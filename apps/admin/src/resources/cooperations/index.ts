/** Cooperations are read with a collectivity or a country group, and added from a French collectivity's page. */
export const cooperations = { name: 'cooperations' };

export default cooperations;
