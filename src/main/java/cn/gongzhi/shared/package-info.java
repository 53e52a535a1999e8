/**
 * What every module may use: the error vocabulary that becomes RFC 9457 problem details, and small value types.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package cn.gongzhi.shared;
