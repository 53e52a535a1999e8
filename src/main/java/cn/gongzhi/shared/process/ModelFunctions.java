package cn.gongzhi.shared.process;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a bean whose public methods models may call in an expression ({@code ${escalationCollections.summoned(
 * execution)}}). Besides the delegate and listener beans named by {@code camunda:delegateExpression}, these are the
 * only beans a model can reach: deployment refuses any other, and the engine's expressions see no other
 * (docs/processes/designing.md). Keep such beans to reading our records.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ModelFunctions {}
