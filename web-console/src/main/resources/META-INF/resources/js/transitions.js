// The moves people may ask for (docs/order-service.md, the state machine): only these are offered as actions.
const BY_ROLE = {
  fulfilment: { PENDING: ['CANCELLED'], CONFIRMED: ['SHIPPED', 'CANCELLED'], SHIPPED: ['DELIVERED'] },
  customer: { PENDING: ['CANCELLED'], CONFIRMED: ['CANCELLED'] },
};

export const STATUSES = ['PENDING', 'CONFIRMED', 'SHIPPED', 'DELIVERED', 'REJECTED', 'CANCELLED'];

export const ACTION = { SHIPPED: 'Ship', DELIVERED: 'Mark delivered', CANCELLED: 'Cancel order' };

export function allowed(role, status) {
  return (BY_ROLE[role] || {})[status] || [];
}
