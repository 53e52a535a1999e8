/**
 * Supervision (domain brief §3, §5): service levels, the three rates, the overdue list and the dashboard. A
 * reporting view: it reads the petition, escalation and deliberation tables and Camunda's tasks, and writes nothing.
 */
package cn.gongzhi.supervision;
