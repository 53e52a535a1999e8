package cn.gongzhi.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * Runs a test that works cases as the demo logins (wangfang, zhangwei, liming…) on MySQL (MariaDB in CI): the mysql
 * profile with the demo registry and logins of the default profile, in a database of its own
 * ({@code it.demo.mysql.url}), so the suite that checks a production database holds no demo data is not disturbed.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Inherited
@ActiveProfiles({"mysql", "mariadb", "default"})
@TestPropertySource(properties = "MYSQL_URL=${it.demo.mysql.url}")
public @interface DemoDataOnMySql {}
