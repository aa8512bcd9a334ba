package org.zhuye.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;

import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/** The API's description at {@code /api/openapi.json}, generated from the controllers. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI zhuyeOpenApi() {
        return new OpenAPI()
                .info(new Info().title("助业 Zhuye API").version("v1")
                        .description("残疾人就业服务与实名统计数据交换接口。所有数据只在调用者的管辖范围内可见；范围外的记录返回 404。"))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("管理员在“用户管理”页签发的接口令牌（zy_…）")))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }

    /**
     * Arguments that the application resolves itself (the signed-in user, their jurisdiction) are not
     * request parameters, though the generator would list them as query parameters a caller may send.
     */
    @Bean
    OperationCustomizer resolvedArgumentsAreNotParameters(ObjectProvider<RequestMappingHandlerAdapter> adapter) {
        return (operation, handlerMethod) -> {
            if (operation.getParameters() == null) {
                return operation;
            }
            List<HandlerMethodArgumentResolver> resolvers = adapter.getObject().getCustomArgumentResolvers();
            for (MethodParameter parameter : handlerMethod.getMethodParameters()) {
                parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
                if (resolvers != null && resolvers.stream().anyMatch(r -> r.supportsParameter(parameter))) {
                    operation.getParameters().removeIf(p -> p.getName().equals(parameter.getParameterName()));
                }
            }
            return operation;
        };
    }
}
