/**
 * Identity and access: Camunda users and groups derived from the registry, their authorizations, and how our REST
 * APIs and the engine's REST API authenticate. {@link cn.gongzhi.identity.GroupIds} is the group naming scheme other
 * modules assign tasks with.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"registry", "shared"})
package cn.gongzhi.identity;
