/**
 * Supervision (domain brief §3, §5): service levels, the three rates, the overdue list and the dashboard. It owns its
 * tables ({@code supervision_*}, {@code petition_daily}): {@link cn.gongzhi.supervision.SupervisionProjection} keeps
 * them from the petition, escalation and deliberation modules' events, and the figures are read from them alone;
 * Camunda's tasks are read through the engine's Java API; the Party members' figures are asked of the registry's and
 * members module's public API. It writes nothing anywhere else.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"deliberation", "escalation", "identity", "members", "petition", "registry", "shared"})
package cn.gongzhi.supervision;
