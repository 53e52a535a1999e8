/**
 * Rejects ids as Camunda Modeler generates them (Activity_0x1y2z3, Flow_1ab2cd3): a person meets ids in logs, tests
 * and Cockpit, so every id says what the element is (Activity_ReviewProposal, Flow_QuorumReachedNo).
 */
const GENERATED = /_(?=[a-z]*[0-9])[0-9a-z]{7}$/;

module.exports = function() {
  function check(node, reporter) {
    const id = node.id;
    if (typeof id === 'string' && GENERATED.test(id)) {
      reporter.report(id, 'Element has a generated id; give it a readable one such as Activity_ReviewProposal');
    }
  }
  return { check };
};
